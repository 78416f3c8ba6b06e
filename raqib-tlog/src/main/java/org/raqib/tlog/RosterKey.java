package org.raqib.tlog;

import java.util.OptionalLong;

import static org.raqib.tlog.RosterException.Rule.KEY_NAME;
import static org.raqib.tlog.RosterException.Rule.VALIDITY;

/**
 * A party's entry-signing key in the roster, valid for the entries at log indexes
 * {@code [validFrom, validUntil)}. Its name is the party's name or starts with the party's name
 * and a slash; a key the server holds for the party (custodial) is named {@code <party>/custodial}.
 *
 * @param party the name of the party it belongs to
 * @param key the Ed25519 verifier key
 * @param validFrom the first log index it may sign, unsigned
 * @param validUntil the index from which it may no longer sign; empty while it has not been rotated
 */
public record RosterKey(String party, VerifierKey key, long validFrom, OptionalLong validUntil) {

    /** The last path element of the name of a key the server holds for a party. */
    public static final String CUSTODIAL = "custodial";

    /**
     * Checks the key's name against its party and the validity.
     *
     * @throws RosterException {@code KEY_NAME} or {@code VALIDITY}
     */
    public RosterKey {
        String name = key.name();
        boolean underParty = name.equals(party) || name.startsWith(party + "/");
        boolean custodialName = name.endsWith("/" + CUSTODIAL);
        if (!underParty || custodialName && !name.equals(party + "/" + CUSTODIAL)) {
            throw new RosterException(KEY_NAME, "key " + name + " must be named " + party + " or " + party + "/…");
        }
        if (validUntil.isPresent() && Long.compareUnsigned(validUntil.getAsLong(), validFrom) <= 0) {
            throw new RosterException(VALIDITY, "key " + name + " must be valid from an index before its end");
        }
    }

    /** Returns the key's name. */
    public String name() {
        return key.name();
    }

    /** Returns whether the key may sign the entry at {@code index} (unsigned). */
    public boolean isValidAt(long index) {
        return Long.compareUnsigned(index, validFrom) >= 0
                && (validUntil.isEmpty() || Long.compareUnsigned(index, validUntil.getAsLong()) < 0);
    }

    /** Returns whether the server holds this key for the party, rather than the party itself. */
    public boolean isCustodial() {
        return isCustodial(key.name());
    }

    /** Returns whether a key name is that of a custodial key: it ends in {@code /custodial}. */
    public static boolean isCustodial(String keyName) {
        return keyName.endsWith("/" + CUSTODIAL);
    }
}
