package org.raqib.verify;

import java.security.MessageDigest;
import java.util.List;

import org.raqib.tlog.Entry;
import org.raqib.tlog.ProofException;

/** The rule {@code REF}: each reference names an earlier entry of this log by its index and its leaf hash. */
final class RefCheck {

    private final TreeProofs proofs;

    RefCheck(TreeProofs proofs) {
        this.proofs = proofs;
    }

    /**
     * @throws VerificationFailure {@code REF} (or {@code TILE_HASH} if the tiles cannot prove the target) at {@code index}
     */
    void check(long index, List<Entry.Ref> refs) {
        for (Entry.Ref ref : refs) {
            if (Long.compareUnsigned(ref.index(), index) >= 0) {
                throw fail(index, "refers to entry " + Long.toUnsignedString(ref.index()) + ", which is not before it");
            }
            if (!MessageDigest.isEqual(target(index, ref.index()), ref.leafHash())) {
                throw fail(index, "refers to entry " + Long.toUnsignedString(ref.index()) + " with another leaf hash than it has");
            }
        }
    }

    private byte[] target(long index, long target) {
        try {
            return proofs.leafHash(target);
        } catch (ProofException e) {
            throw new VerificationFailure(Failure.at(index, Rules.TILE_HASH,
                    "the tiles do not prove the leaf hash of entry " + Long.toUnsignedString(target) + ": " + e.getMessage()));
        }
    }

    private static VerificationFailure fail(long index, String message) {
        return new VerificationFailure(Failure.at(index, Rules.REF, message));
    }
}
