package org.raqib.verify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.raqib.tlog.EntryKinds;
import org.raqib.tlog.EntryVerifier;
import org.raqib.tlog.Hashes;
import org.raqib.tlog.Tile;
import org.raqib.tlog.TlogException;
import org.raqib.tlog.VerifiedEntry;

/**
 * The part of the audit that needs no history and so runs in parallel: each leaf's hash against the
 * level-0 tile, each entry strictly verified ({@link EntryVerifier}: format, kind, key valid at its
 * index, every signature) against a roster, and, with a token, its payload. Thread-safe.
 */
final class EntryCheck {

    private final EntryKinds kinds;
    private final PayloadCheck payloads;

    /** @param payloads the payload check, or {@code null} to leave payloads unread */
    EntryCheck(EntryKinds kinds, PayloadCheck payloads) {
        this.kinds = kinds;
        this.payloads = payloads;
    }

    /** Checks the leaves of a level-0 tile from index {@code from} on. */
    List<CheckedLeaf> check(Tile tile, List<byte[]> leaves, byte[] tileHashes, long from, RosterInForce roster) {
        EntryVerifier verifier = new EntryVerifier(roster.roster(), kinds);
        long first = tile.index() * Tile.FULL_WIDTH;
        List<CheckedLeaf> checked = new ArrayList<>(leaves.size());
        for (int i = (int) Math.max(0, from - first); i < leaves.size(); i++) {
            byte[] hash = Hashes.leafHash(leaves.get(i));
            int at = i * Hashes.SIZE;
            boolean matches = Arrays.equals(hash, 0, Hashes.SIZE, tileHashes, at, at + Hashes.SIZE);
            checked.add(verify(first + i, leaves.get(i), hash, matches, roster, verifier));
        }
        return checked;
    }

    /** Verifies a leaf again against another roster, the one in force at its index. */
    CheckedLeaf recheck(CheckedLeaf leaf, RosterInForce roster) {
        return verify(leaf.index(), leaf.leaf(), leaf.leafHash(), leaf.matchesTile(), roster,
                new EntryVerifier(roster.roster(), kinds));
    }

    private CheckedLeaf verify(long index, byte[] leaf, byte[] hash, boolean matches, RosterInForce roster, EntryVerifier verifier) {
        VerifiedEntry entry;
        try {
            entry = verifier.verify(index, leaf);
        } catch (TlogException e) {
            return new CheckedLeaf(index, leaf, hash, matches, roster, null, e, null);
        }
        PayloadCheck.Result payload = payloads == null ? null : payloads.check(index, entry.entry().entry().payloadSha256());
        return new CheckedLeaf(index, leaf, hash, matches, roster, entry, null, payload);
    }
}
