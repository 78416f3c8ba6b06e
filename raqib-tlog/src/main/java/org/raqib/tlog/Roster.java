package org.raqib.tlog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.raqib.tlog.RosterException.Rule.DUPLICATE_KEY;
import static org.raqib.tlog.RosterException.Rule.DUPLICATE_PARTY;
import static org.raqib.tlog.RosterException.Rule.HEADER;
import static org.raqib.tlog.RosterException.Rule.KEY;
import static org.raqib.tlog.RosterException.Rule.KEY_NAME;
import static org.raqib.tlog.RosterException.Rule.UNKNOWN_PARTY;
import static org.raqib.tlog.RosterException.Rule.WEAK_KEY;

/**
 * Who may sign entries in a log: its parties, their roles and their keys, each key valid for a
 * range of log indexes so that rotation keeps old entries verifiable (tlog.md §6.6).
 *
 * <pre>
 * ceasefire.example/log/2026a roster/v1
 * party party-a.example side
 * key party-a.example/custodial+1c2b07d2+AcTkWk… 0 1200      valid for indexes [0, 1200)
 * key party-a.example/ops+8f0d1b2c+AW0zBq… 1200              valid from index 1200 on
 * party mediator.example mediator intermediary
 * key mediator.example+a1b2c3d4+AQ9xPq… 0
 * </pre>
 *
 * Keys belong to the party line above them. Every key is checked by the strict Ed25519 rule once,
 * when the roster is built. Immutable and thread-safe.
 */
public final class Roster {

    /** The format version on the first line. */
    public static final String VERSION = "roster/v1";

    private final String origin;
    private final Map<String, RosterParty> parties = new LinkedHashMap<>();
    private final List<RosterKey> keys;
    private final Map<RosterKey, NoteVerifier> verifiers = new HashMap<>();

    /**
     * Builds a roster and checks every party and key.
     *
     * @throws RosterException naming the first rule broken
     */
    public Roster(String origin, List<RosterParty> parties, List<RosterKey> keys) {
        if (!KeyNames.isValid(origin)) {
            throw new RosterException(HEADER, "invalid origin '" + origin + "'");
        }
        this.origin = origin;
        for (RosterParty party : parties) {
            if (this.parties.putIfAbsent(party.name(), party) != null) {
                throw new RosterException(DUPLICATE_PARTY, "party " + party.name() + " is listed twice");
            }
        }
        this.keys = List.copyOf(keys);
        Map<String, String> partyOfName = new HashMap<>();
        for (RosterKey key : this.keys) {
            checkKey(key, partyOfName);
            verifiers.put(key, verifierOf(key));
        }
    }

    /**
     * Parses a roster text.
     *
     * @throws RosterException naming the first rule the text breaks
     */
    public static Roster parse(String text) {
        return RosterText.parse(text);
    }

    /** Returns the roster text, keys listed under their parties. */
    public String text() {
        return RosterText.format(this);
    }

    /** Returns the origin of the log this roster governs. */
    public String origin() {
        return origin;
    }

    /** Returns the parties in the order listed. */
    public List<RosterParty> parties() {
        return List.copyOf(parties.values());
    }

    /** Returns every key, in the order listed. */
    public List<RosterKey> keys() {
        return keys;
    }

    /** Returns the party named {@code name}, or empty. */
    public Optional<RosterParty> party(String name) {
        return Optional.ofNullable(parties.get(name));
    }

    /** Returns the keys named {@code keyName} that may sign the entry at {@code index}. */
    public List<RosterKey> keysNamed(String keyName, long index) {
        List<RosterKey> named = new ArrayList<>();
        for (RosterKey key : keys) {
            if (key.name().equals(keyName) && key.isValidAt(index)) {
                named.add(key);
            }
        }
        return named;
    }

    /** Returns the key with this name and key ID if it may sign the entry at {@code index}. */
    public Optional<RosterKey> key(String keyName, int keyId, long index) {
        return keysNamed(keyName, index).stream().filter(k -> k.key().keyId() == keyId).findFirst();
    }

    /** Returns the strict verifier of a key of this roster. */
    public NoteVerifier verifier(RosterKey key) {
        NoteVerifier verifier = verifiers.get(key);
        if (verifier == null) {
            throw new IllegalArgumentException("not a key of this roster: " + key.name());
        }
        return verifier;
    }

    /** Returns the verifiers of the keys that may sign the entry at {@code index}. */
    public Verifiers verifiersAt(long index) {
        return (name, keyId) -> key(name, keyId, index).map(verifiers::get);
    }

    @Override
    public String toString() {
        return text();
    }

    private void checkKey(RosterKey key, Map<String, String> partyOfName) {
        if (!parties.containsKey(key.party())) {
            throw new RosterException(UNKNOWN_PARTY, "key " + key.name() + " belongs to no listed party");
        }
        if (key.key().type() != VerifierKey.ED25519) {
            throw new RosterException(KEY, "key " + key.name() + " is not an Ed25519 (0x01) key");
        }
        if (!partyOfName.getOrDefault(key.name(), key.party()).equals(key.party())) {
            throw new RosterException(KEY_NAME, "key name " + key.name() + " is used by two parties");
        }
        partyOfName.put(key.name(), key.party());
        if (verifiers.keySet().stream().anyMatch(k -> k.name().equals(key.name()) && k.key().keyId() == key.key().keyId())) {
            throw new RosterException(DUPLICATE_KEY, "key " + key.key() + " is listed twice");
        }
    }

    private static NoteVerifier verifierOf(RosterKey key) {
        try {
            return key.key().verifier();
        } catch (NoteException e) {
            throw new RosterException(WEAK_KEY, e.getMessage());
        }
    }
}
