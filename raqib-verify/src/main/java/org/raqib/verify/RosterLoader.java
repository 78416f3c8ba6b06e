package org.raqib.verify;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.raqib.tlog.Entry;
import org.raqib.tlog.EntryKinds;
import org.raqib.tlog.Hashes;
import org.raqib.tlog.Roster;
import org.raqib.tlog.RosterException;
import org.raqib.tlog.SignedEntry;
import org.raqib.tlog.TlogException;

/**
 * Reads the roster a roster entry put in force, from {@code roster/<index>} beside the tiles, and
 * accepts it only if it is exactly that entry's payload (its SHA-256 is the entry's
 * {@code payload-sha256}) and a valid roster of this log. So the server cannot choose the keys that
 * verify later entries: the roster entry, signed by the mediator, has fixed them.
 */
final class RosterLoader {

    private final LogSource source;
    private final String origin;

    RosterLoader(LogSource source, String origin) {
        this.source = source;
        this.origin = origin;
    }

    /**
     * Returns the genesis roster: entry 0 must be a roster entry, and it is verified against the roster
     * in its own payload.
     *
     * @throws VerificationFailure naming the rule at index 0
     */
    RosterInForce genesis(byte[] leaf) {
        Entry entry;
        try {
            entry = SignedEntry.parse(leaf).entry();
        } catch (TlogException e) {
            throw new VerificationFailure(Failure.at(0, e));
        }
        if (!entry.kind().equals(EntryKinds.ROSTER.name())) {
            throw new VerificationFailure(Failure.at(0, Rules.NO_ROSTER, "entry 0 is a " + entry.kind()
                    + ", not the genesis " + EntryKinds.ROSTER.name()));
        }
        return load(0, entry);
    }

    /**
     * Returns the roster the roster entry at {@code index} put in force.
     *
     * @throws VerificationFailure {@code MISSING_ROSTER}, {@code ROSTER_HASH} or {@code ROSTER_TEXT} at {@code index}
     */
    RosterInForce load(long index, Entry entry) {
        byte[] text = read(index);
        if (!MessageDigest.isEqual(Hashes.sha256(text), entry.payloadSha256())) {
            throw new VerificationFailure(Failure.at(index, Rules.ROSTER_HASH,
                    "the served roster/" + index + " is not the payload of the roster entry (its SHA-256 differs)"));
        }
        String roster = new String(text, StandardCharsets.UTF_8);
        return new RosterInForce(index, parse(index, roster), roster);
    }

    private byte[] read(long index) {
        try {
            return source.roster(index);
        } catch (SourceException e) {
            if (e.isNotFound()) {
                throw new VerificationFailure(Failure.at(index, Rules.MISSING_ROSTER, "roster/" + index + " is not served"));
            }
            throw e;
        }
    }

    private Roster parse(long index, String text) {
        Roster roster;
        try {
            roster = Roster.parse(text);
        } catch (RosterException e) {
            throw new VerificationFailure(Failure.at(index, Rules.ROSTER_TEXT, "invalid roster: " + e.getMessage()));
        }
        if (!roster.origin().equals(origin)) {
            throw new VerificationFailure(Failure.at(index, Rules.ROSTER_TEXT, "the roster is of the log " + roster.origin()));
        }
        return roster;
    }
}
