package org.raqib.verify;

import org.raqib.tlog.TlogException;
import org.raqib.tlog.VerifiedEntry;

/**
 * One leaf after the checks that need no history: its hash against the level-0 tile, and its entry
 * against a roster. Exactly one of {@code entry} and {@code rejection} is set.
 *
 * @param index the leaf's index
 * @param leaf the leaf bytes, kept in case the entry must be verified again with a newer roster
 * @param leafHash its leaf hash
 * @param matchesTile whether the level-0 tile holds that hash
 * @param roster the roster it was verified against
 * @param entry the verified entry, or {@code null}
 * @param rejection why the entry was rejected, or {@code null}
 * @param payload what checking its payload gave, or {@code null} if not checked
 */
record CheckedLeaf(long index, byte[] leaf, byte[] leafHash, boolean matchesTile, RosterInForce roster,
        VerifiedEntry entry, TlogException rejection, PayloadCheck.Result payload) {
}
