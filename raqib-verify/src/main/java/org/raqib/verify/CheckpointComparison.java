package org.raqib.verify;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;

import org.raqib.tlog.Checkpoint;

/**
 * The command {@code compare} (tlog.md §6.7 item 6): two signed checkpoints of one log, say one's own and
 * another party's, must be consistent; if they are not, they prove that the log showed the parties two
 * histories (a split view). Of two sizes, the one that is not in the log at {@code --log} is the one that
 * conflicts: the log's own current checkpoint decides, so that the verdict names a checkpoint.
 */
final class CheckpointComparison {

    /** A checkpoint under comparison, with the name the report gives it. */
    private record Named(String name, byte[] note, Checkpoint checkpoint) {
    }

    private final LogKey key;
    private final StateStore store;

    CheckpointComparison(LogKey key, StateStore store) {
        this.key = key;
        this.store = store;
    }

    /**
     * @param source the log source, or {@code null}
     * @throws VerificationFailure if a checkpoint does not open, or {@code SPLIT_VIEW} naming those that conflict
     * @throws CommandError if checkpoints of different sizes are compared without a log source, or the source is behind
     */
    void run(byte[] a, byte[] b, LogSource source, Report report) {
        Named first = open("A", a);
        Named second = open("B", b);
        report.put("a", Report.checkpoint(first.checkpoint()));
        report.put("b", Report.checkpoint(second.checkpoint()));
        if (first.checkpoint().equals(second.checkpoint())) {
            report.outcome("A and B are the same checkpoint");
            return;
        }
        if (source == null && first.checkpoint().size() == second.checkpoint().size()) {
            throw splitView(List.of(first, second), null, report);
        }
        if (source == null) {
            throw new CommandError("checkpoints of different sizes are compared through the log's tiles: pass --log");
        }
        Named log = open("the log's", source.checkpoint());
        report.put("log", Report.checkpoint(log.checkpoint()));
        List<Named> conflicting = notInLog(List.of(first, second), log.checkpoint(), new SourceTiles(source));
        if (!conflicting.isEmpty()) {
            throw splitView(conflicting, log, report);
        }
        report.outcome("A and B are consistent: both are in the log at " + source.location());
    }

    private Named open(String name, byte[] note) {
        try {
            return new Named(name, note, key.open(note));
        } catch (VerificationFailure e) {
            throw new VerificationFailure(e.failure().about("checkpoint " + name + ": "));
        }
    }

    private static List<Named> notInLog(List<Named> checkpoints, Checkpoint log, SourceTiles tiles) {
        List<Named> conflicting = new ArrayList<>();
        for (Named named : checkpoints) {
            Checkpoint checkpoint = named.checkpoint();
            if (Long.compareUnsigned(checkpoint.size(), log.size()) > 0) {
                throw new CommandError("the log source (size " + Long.toUnsignedString(log.size()) + ") is behind checkpoint "
                        + named.name() + " (size " + Long.toUnsignedString(checkpoint.size()) + ")");
            }
            if (!CheckpointCheck.isConsistent(checkpoint, log, tiles)) {
                conflicting.add(named);
            }
        }
        return conflicting;
    }

    private VerificationFailure splitView(List<Named> conflicting, Named log, Report report) {
        JsonArray names = new JsonArray();
        List<Path> evidence = new ArrayList<>();
        for (Named named : conflicting) {
            names.add(named.name());
            evidence.add(store.saveEvidence("checkpoint-" + named.name(), named.note()));
        }
        if (log != null) {
            evidence.add(store.saveEvidence("log-checkpoint", log.note()));
        }
        report.put("conflicting", names);
        String who = conflicting.size() == 2 ? "A and B conflict" : "checkpoint " + conflicting.get(0).name() + " conflicts";
        String with = log == null ? ": the log signed two roots for one size" : " with the log's history at its current checkpoint";
        return new VerificationFailure(Failure.of(Rules.SPLIT_VIEW, who + with + ": the log showed two histories"), evidence);
    }
}
