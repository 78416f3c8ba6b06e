package org.raqib.verify;

import java.security.MessageDigest;

import com.google.gson.JsonObject;

import org.raqib.tlog.Checkpoint;
import org.raqib.tlog.CompactRange;
import org.raqib.tlog.Entry;
import org.raqib.tlog.EntryException;
import org.raqib.tlog.EntryKinds;
import org.raqib.tlog.VerifiedEntry;

/**
 * The checks that depend on the entries before, applied to each leaf in index order after
 * {@link EntryCheck}: the leaf hash against its tile, the tree grown by it, the entry verified against
 * the roster in force at its index, then {@code seq}, {@code ref} and {@code seen}, then a roster change,
 * which applies from the next index. A failed {@code ref} or {@code seen} is reported only once the
 * tiles its proof read have been checked. Not thread-safe, except {@link #roster()}, which workers read.
 */
final class LogHistory {

    /**
     * The per-leaf checks it applies.
     *
     * @param entries verifies an entry again when it was checked against a roster that is no longer in force
     * @param rosters reads the roster each roster entry puts in force
     * @param refs checks {@code ref}s
     * @param seen checks {@code seen}
     * @param tiles audits the upper tiles
     */
    record Checks(EntryCheck entries, RosterLoader rosters, RefCheck refs, SeenCheck seen, TileAudit tiles) {
    }

    private final Checks checks;
    private final long from;
    private final CompactRange range;
    private final SeqCheck seqs;
    private final EntryCounts counts = new EntryCounts();
    private volatile RosterInForce roster;
    private VerificationFailure pending;
    private long payloadsRead;
    private long payloadsNotReadable;

    LogHistory(LogPosition start, RosterInForce roster, Checks checks) {
        this.checks = checks;
        this.from = start.size();
        this.range = start.compactRange();
        this.seqs = new SeqCheck(start.seqs());
        this.roster = roster;
    }

    /** Returns the roster in force for the next leaf. */
    RosterInForce roster() {
        return roster;
    }

    /**
     * @throws VerificationFailure at the leaf's index, for the first rule it breaks
     */
    void accept(CheckedLeaf leaf) {
        if (!leaf.matchesTile()) {
            throw new VerificationFailure(Failure.at(leaf.index(), Rules.LEAF_HASH, "the level-0 tile holds another hash than the entry's"));
        }
        range.append(leaf.leafHash(), checks.tiles());
        checks.refs().remember(leaf.index(), leaf.leafHash());
        try {
            checkEntry(leaf);
        } catch (VerificationFailure e) {
            throw pending != null ? pending : e;
        }
    }

    private void checkEntry(CheckedLeaf leaf) {
        long index = leaf.index();
        CheckedLeaf checked = leaf.roster() == roster ? leaf : checks.entries().recheck(leaf, roster);
        if (checked.rejection() != null) {
            throw new VerificationFailure(rejection(index, checked));
        }
        Entry entry = checked.entry().entry().entry();
        seqs.check(index, entry);
        proven(() -> checks.refs().check(index, entry.refs()));
        proven(() -> checks.seen().check(index, entry.seen()));
        if (entry.kind().equals(EntryKinds.ROSTER.name()) && index != roster.index()) {
            roster = checks.rosters().load(index, entry);
        }
        count(checked.entry(), checked.payload());
    }

    // Refs and seen are proven from tiles that the sweep may not have checked yet. Their failure is held
    // back until it has, so that a corrupt tile is reported as such rather than as the fault of an entry.
    private void proven(Runnable check) {
        if (pending != null) {
            return;
        }
        try {
            check.run();
        } catch (VerificationFailure e) {
            if (Rules.MISSING_TILE.equals(e.failure().rule()) || Rules.TILE_SIZE.equals(e.failure().rule())) {
                throw e;
            }
            pending = e;
        }
    }

    /**
     * Checks the last partial tiles and the root, and returns the verified position.
     *
     * @throws VerificationFailure {@code TILE_HASH} or {@code ROOT}
     */
    LogPosition finish(Checkpoint checkpoint) {
        checks.tiles().finish();
        if (!MessageDigest.isEqual(range.root(), checkpoint.root())) {
            throw new VerificationFailure(Failure.of(Rules.ROOT, "the entries give another root than the checkpoint's"));
        }
        if (pending != null) {
            throw pending;
        }
        return new LogPosition(range.size(), range.hashes(), seqs.last(), roster);
    }

    JsonObject entriesJson() {
        return counts.toJson(from);
    }

    JsonObject payloadsJson() {
        JsonObject json = new JsonObject();
        json.addProperty("checked", payloadsRead);
        json.addProperty("notReadable", payloadsNotReadable);
        return json;
    }

    long checked() {
        return counts.checked();
    }

    private void count(VerifiedEntry entry, PayloadCheck.Result payload) {
        counts.count(entry);
        if (payload == null) {
            return;
        }
        if (payload.failure() != null) {
            throw new VerificationFailure(payload.failure());
        }
        if (payload.readable()) {
            payloadsRead++;
        } else {
            payloadsNotReadable++;
        }
    }

    private static Failure rejection(long index, CheckedLeaf leaf) {
        Failure failure = Failure.at(index, leaf.rejection());
        if (leaf.rejection().rule() == EntryException.Rule.UNKNOWN_KIND) {
            return new Failure(failure.index(), failure.rule(), failure.message()
                    + "; this verifier does not know that kind: if the server is newer, pass --kinds FILE with its kinds");
        }
        return failure;
    }
}
