package org.raqib.verify;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;

import com.google.gson.JsonObject;

import org.raqib.tlog.Checkpoint;
import org.raqib.tlog.CheckpointException;
import org.raqib.tlog.NoteException;
import org.raqib.tlog.ProofException;
import org.raqib.tlog.TlogException;
import org.raqib.tlog.TlogProof;

/**
 * The command {@code receipt} (tlog.md §6.7 item 5): a receipt (C2SP tlog-proof) proves by itself that
 * an entry is in the log's checkpoint it carries; the verifier then proves that checkpoint consistent
 * with the latest one it trusts, so the entry is still in today's log. A receipt's checkpoint that
 * conflicts is saved as evidence.
 */
final class ReceiptCheck {

    /** The checkpoint the receipt's is compared with, and the tiles of its log if a source was given. */
    private record Reference(Checkpoint checkpoint, byte[] note, SourceTiles tiles, String name) {
    }

    private final LogKey key;
    private final StateStore store;

    ReceiptCheck(LogKey key, StateStore store) {
        this.key = key;
        this.store = store;
    }

    /**
     * @param source the log source, or {@code null}
     * @throws VerificationFailure if the receipt is invalid or its checkpoint conflicts with the reference
     * @throws CommandError if there is nothing to compare it with, or the comparison needs {@code --log}
     */
    void run(byte[] receipt, byte[] leafHash, Optional<VerifierState> stored, LogSource source, Report report) {
        TlogProof proof = parse(receipt);
        Checkpoint signed = verifyInclusion(proof, leafHash);
        JsonObject json = new JsonObject();
        json.addProperty("index", proof.index());
        json.add("checkpoint", Report.checkpoint(signed));
        report.put("receipt", json);
        stored.filter(s -> Long.compareUnsigned(signed.size(), s.checkpoint().size()) > 0).ifPresent(s -> report.warn(
                "the receipt's checkpoint (size " + Long.toUnsignedString(signed.size()) + ") is newer than the stored one (size "
                        + Long.toUnsignedString(s.checkpoint().size()) + "); run verify to check the entries up to it"));
        Reference reference = reference(stored, source);
        if (stored.isEmpty()) {
            report.warn("no checkpoint is stored for this log: the receipt was checked against the log's current checkpoint, "
                    + "which no earlier run has checked; run verify to keep one");
        }
        report.put("against", against(reference));
        compare(signed, proof.checkpoint(), reference);
        report.outcome("entry " + Long.toUnsignedString(proof.index()) + " is in " + reference.name()
                + " (size " + Long.toUnsignedString(reference.checkpoint().size()) + ")");
    }

    private static TlogProof parse(byte[] receipt) {
        try {
            return TlogProof.parse(receipt);
        } catch (TlogException e) {
            throw new VerificationFailure(Failure.of(e).about("receipt: "));
        }
    }

    private Checkpoint verifyInclusion(TlogProof proof, byte[] leafHash) {
        try {
            return proof.verify(key.origin(), key.verifiers(), leafHash);
        } catch (NoteException | CheckpointException e) {
            throw new VerificationFailure(Failure.of(e).about("the receipt's checkpoint: "));
        } catch (ProofException e) {
            throw new VerificationFailure(Failure.at(proof.index(), Rules.INCLUSION,
                    "the receipt's inclusion proof does not lead to its checkpoint's root for this entry: " + e.getMessage()));
        }
    }

    private Reference reference(Optional<VerifierState> stored, LogSource source) {
        if (source == null) {
            VerifierState state = stored.orElseThrow(() -> new CommandError(
                    "no checkpoint to compare the receipt's with: run verify first, or pass --log"));
            return new Reference(state.checkpoint(), state.checkpointNote(), null, "the stored checkpoint");
        }
        byte[] note = source.checkpoint();
        Checkpoint current = key.open(note);
        SourceTiles tiles = new SourceTiles(source);
        stored.ifPresent(state -> new CheckpointCheck(store).checkGrowth(state, current, note, tiles));
        return new Reference(current, note, tiles, "the log's current checkpoint");
    }

    private void compare(Checkpoint signed, byte[] signedNote, Reference reference) {
        Checkpoint today = reference.checkpoint();
        int order = Long.compareUnsigned(signed.size(), today.size());
        if (order > 0) {
            throw new CommandError("the receipt's checkpoint (size " + Long.toUnsignedString(signed.size()) + ") is newer than "
                    + reference.name() + " (size " + Long.toUnsignedString(today.size()) + ")"
                    + (reference.tiles() == null ? ": pass --log to check it against the log" : ": check again later"));
        }
        if (order == 0 && !MessageDigest.isEqual(signed.root(), today.root())) {
            throw conflict(Rules.SPLIT_VIEW, "the receipt's checkpoint and " + reference.name()
                    + " have the same size and different roots: the log showed two histories", signedNote, reference);
        }
        if (order < 0 && reference.tiles() == null) {
            throw new CommandError("the receipt's checkpoint is older than " + reference.name() + ": pass --log to prove them consistent");
        }
        if (order < 0 && !CheckpointCheck.isConsistent(signed, today, reference.tiles())) {
            throw conflict(Rules.CONSISTENCY, "the receipt's checkpoint is not consistent with " + reference.name()
                    + ": the history it signed was rewritten, and the entry may no longer be in the log", signedNote, reference);
        }
    }

    private VerificationFailure conflict(String rule, String message, byte[] signedNote, Reference reference) {
        List<Path> evidence = List.of(store.saveEvidence("receipt-checkpoint", signedNote),
                store.saveEvidence("log-checkpoint", reference.note()));
        return new VerificationFailure(Failure.of(rule, message), evidence);
    }

    private static JsonObject against(Reference reference) {
        JsonObject json = Report.checkpoint(reference.checkpoint());
        json.addProperty("source", reference.tiles() == null ? "state" : "log");
        return json;
    }
}
