package org.raqib.verify;

import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;

import org.raqib.tlog.Checkpoint;
import org.raqib.tlog.Entry;

/**
 * The rule {@code SEEN}: the checkpoint an entry says its party had seen is one of this log, no later
 * than the entry ("not earlier than", tlog.md §6.2). Entries of one second share their seen checkpoint,
 * so proven roots are remembered.
 */
final class SeenCheck {

    private static final int REMEMBERED = 4096;

    private final TreeProofs proofs;
    private final Map<Long, byte[]> roots = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, byte[]> eldest) {
            return size() > REMEMBERED;
        }
    };

    /** Checks against the tree that {@code proofs} proves, knowing the roots of the {@code known} checkpoints. */
    SeenCheck(TreeProofs proofs, Checkpoint... known) {
        this.proofs = proofs;
        for (Checkpoint checkpoint : known) {
            roots.put(checkpoint.size(), checkpoint.root());
        }
    }

    /**
     * @throws VerificationFailure {@code SEEN} at {@code index}
     */
    void check(long index, Entry.Seen seen) {
        if (seen.size() == 0) {
            return; // everyone has seen the empty tree; the parser checked its root
        }
        if (Long.compareUnsigned(seen.size(), index) > 0) {
            throw fail(index, "the entry claims to have seen size " + Long.toUnsignedString(seen.size()) + ", beyond itself");
        }
        byte[] known = roots.get(seen.size());
        if (known == null && proofs.isRootAt(seen.size(), seen.root())) {
            roots.put(seen.size(), seen.root());
            return;
        }
        if (known == null || !MessageDigest.isEqual(known, seen.root())) {
            throw fail(index, "the log never had the root it claims to have seen at size " + Long.toUnsignedString(seen.size()));
        }
    }

    private static VerificationFailure fail(long index, String message) {
        return new VerificationFailure(Failure.at(index, Rules.SEEN, message));
    }
}
