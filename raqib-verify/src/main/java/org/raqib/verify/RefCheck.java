package org.raqib.verify;

import java.security.MessageDigest;
import java.util.List;

import org.raqib.tlog.Entry;
import org.raqib.tlog.ProofException;

/**
 * The rule {@code REF}: each reference names an earlier entry of this log by its index and its leaf hash.
 * Most references answer recent entries, whose leaf hashes the sweep computed itself and remembers; an
 * older target's hash is read from the tiles and proven against the signed root.
 */
final class RefCheck {

    private static final int REMEMBERED = 1 << 16;

    private final TreeProofs proofs;
    private final byte[][] recent = new byte[REMEMBERED][];
    private long remembered;

    RefCheck(TreeProofs proofs) {
        this.proofs = proofs;
    }

    /** Remembers the leaf hash the sweep computed for {@code index}; indexes must come in order, without gaps. */
    void remember(long index, byte[] leafHash) {
        recent[(int) (index % REMEMBERED)] = leafHash;
        remembered = index + 1;
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
        byte[] hash = recent[(int) (target % REMEMBERED)];
        if (hash != null && target < remembered && remembered - target <= REMEMBERED) {
            return hash;
        }
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
