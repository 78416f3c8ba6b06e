package org.raqib.tlog;

import java.util.List;

/**
 * An entry that passed {@link EntryVerifier}, with the roster keys whose signatures verified.
 *
 * @param index the entry's log index, unsigned
 * @param entry the signed entry
 * @param partyKey the key of the entry's party that signed it
 * @param signers every roster key that signed it, the party's included
 */
public record VerifiedEntry(long index, SignedEntry entry, RosterKey partyKey, List<RosterKey> signers) {

    /** Copies the signers. */
    public VerifiedEntry {
        signers = List.copyOf(signers);
    }

    /** Returns whether the server signed for the party with a custodial key, rather than the party with its own key. */
    public boolean isCustodial() {
        return partyKey.isCustodial();
    }
}
