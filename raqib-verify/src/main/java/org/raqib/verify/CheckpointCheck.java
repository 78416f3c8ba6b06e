package org.raqib.verify;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;

import org.raqib.tlog.Checkpoint;
import org.raqib.tlog.ConsistencyProof;
import org.raqib.tlog.ProofException;
import org.raqib.tlog.TileHashReader;
import org.raqib.tlog.TileReader;

/**
 * Checks that the log only grew since the checkpoint the verifier stored (tlog.md §6.7 item 3): a smaller
 * checkpoint is a rollback, the same size with another root is equivocation, and a larger one must be
 * consistent with the stored one by a proof computed from the log's own tiles. A conflicting signed
 * checkpoint is saved beside the stored one as evidence, since it proves the log misbehaved.
 */
final class CheckpointCheck {

    private final StateStore store;

    CheckpointCheck(StateStore store) {
        this.store = store;
    }

    /**
     * @param tiles the tiles of the log whose checkpoint is {@code fresh}
     * @throws VerificationFailure {@code ROLLBACK}, {@code EQUIVOCATION} or {@code CONSISTENCY}, with evidence
     */
    void checkGrowth(VerifierState stored, Checkpoint fresh, byte[] freshNote, TileReader tiles) {
        Checkpoint old = stored.checkpoint();
        int order = Long.compareUnsigned(fresh.size(), old.size());
        if (order < 0) {
            throw conflict(Rules.ROLLBACK, "the log's checkpoint has size " + Long.toUnsignedString(fresh.size())
                    + ", smaller than the stored " + Long.toUnsignedString(old.size()), freshNote, stored);
        }
        if (order == 0 && !MessageDigest.isEqual(fresh.root(), old.root())) {
            throw conflict(Rules.EQUIVOCATION, "the log signed two roots for size " + Long.toUnsignedString(old.size()),
                    freshNote, stored);
        }
        if (order > 0 && !isConsistent(old, fresh, tiles)) {
            throw conflict(Rules.CONSISTENCY, "the log's tiles give no consistency proof from the stored size "
                    + Long.toUnsignedString(old.size()) + " to " + Long.toUnsignedString(fresh.size())
                    + ": the history the stored checkpoint signed was rewritten", freshNote, stored);
        }
    }

    /** Returns whether the tree of {@code newer} (whose tiles {@code tiles} holds) extends the tree of {@code older}. */
    static boolean isConsistent(Checkpoint older, Checkpoint newer, TileReader tiles) {
        if (older.size() == 0) {
            return true; // the empty tree, whose root the checkpoint parser checked, is a prefix of every tree
        }
        try {
            ConsistencyProof.generate(older.size(), newer.size(), new TileHashReader(newer.size(), tiles))
                    .verify(older.root(), newer.root());
            return true;
        } catch (ProofException e) {
            return false;
        }
    }

    private VerificationFailure conflict(String rule, String message, byte[] freshNote, VerifierState stored) {
        List<Path> evidence = List.of(store.saveEvidence("checkpoint", freshNote),
                store.saveEvidence("stored-checkpoint", stored.checkpointNote()));
        return new VerificationFailure(Failure.of(rule, message), evidence);
    }
}
