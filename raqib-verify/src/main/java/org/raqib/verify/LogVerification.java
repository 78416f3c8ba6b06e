package org.raqib.verify;

import java.util.Optional;

import org.raqib.tlog.Checkpoint;
import org.raqib.tlog.EntryKinds;

/**
 * The commands {@code verify} and {@code audit} (tlog.md §6.7 items 2 to 4 and 7): the checkpoint,
 * its consistency with the stored one, then every new entry (or, for an audit, every entry), and only
 * if all of it passed, the new state.
 */
final class LogVerification {

    private final LogSource source;
    private final SourceTiles tiles;
    private final KeyPinning.Pinned pinned;
    private final PayloadCheck payloads;
    private final EntryCheck entries;
    private final int workers;

    /** @param payloads the payload check, or {@code null} without a token */
    LogVerification(LogSource source, KeyPinning.Pinned pinned, EntryKinds kinds, PayloadCheck payloads, int workers) {
        this.source = source;
        this.tiles = new SourceTiles(source);
        this.pinned = pinned;
        this.payloads = payloads;
        this.entries = new EntryCheck(kinds, payloads);
        this.workers = workers;
    }

    /**
     * @param fromStart whether to check every entry (audit) rather than those after the stored checkpoint
     * @throws VerificationFailure at the first check that fails; the state is then left as it was
     */
    void run(boolean fromStart, Report report) {
        byte[] note = source.checkpoint();
        Checkpoint checkpoint = pinned.key().open(note);
        report.put("checkpoint", Report.checkpoint(checkpoint));
        Optional<VerifierState> stored = pinned.state();
        if (stored.isPresent()) {
            report.put("previous", Report.checkpoint(stored.get().checkpoint()));
            new CheckpointCheck(pinned.store()).checkGrowth(stored.get(), checkpoint, note, tiles);
        }
        LogPosition start = fromStart || stored.isEmpty() ? LogPosition.empty() : stored.get().position();
        LogHistory history = history(start, checkpoint, stored);
        try {
            new EntrySweep(tiles, entries, workers).run(history, start.size(), checkpoint.size());
            LogPosition end = history.finish(checkpoint);
            pinned.store().save(new VerifierState(pinned.key().pinnedBy(), pinned.key().vkey().encode(), note, checkpoint, end));
        } finally {
            report.put("entries", history.entriesJson());
            if (payloads != null) {
                report.put("payloads", history.payloadsJson());
            }
        }
        report.outcome("size " + Long.toUnsignedString(checkpoint.size()) + ", " + history.checked() + " entries checked");
    }

    private LogHistory history(LogPosition start, Checkpoint checkpoint, Optional<VerifierState> stored) {
        TreeProofs proofs = new TreeProofs(checkpoint, tiles);
        Checkpoint[] known = stored.map(s -> new Checkpoint[] {s.checkpoint(), checkpoint}).orElse(new Checkpoint[] {checkpoint});
        RosterLoader rosters = new RosterLoader(source, pinned.key().origin());
        LogHistory.Checks checks = new LogHistory.Checks(entries, rosters, new RefCheck(proofs),
                new SeenCheck(proofs, known), new TileAudit(checkpoint.size(), tiles));
        return new LogHistory(start, initialRoster(start, checkpoint, rosters), checks);
    }

    // A sweep from index 0 starts from the genesis roster, which entry 0 carries.
    private RosterInForce initialRoster(LogPosition start, Checkpoint checkpoint, RosterLoader rosters) {
        if (start.roster() != null || checkpoint.size() == 0 || start.size() == checkpoint.size()) {
            return start.roster();
        }
        return rosters.genesis(tiles.fetchBundle(SourceTiles.leafTile(checkpoint.size(), 0)).get(0));
    }
}
