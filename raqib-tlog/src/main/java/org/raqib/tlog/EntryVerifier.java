package org.raqib.tlog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.raqib.tlog.EntryException.Rule.INVALID_SIGNATURE;
import static org.raqib.tlog.EntryException.Rule.MISSING_SIGNATURE;
import static org.raqib.tlog.EntryException.Rule.ORIGIN_MISMATCH;
import static org.raqib.tlog.EntryException.Rule.PARTY_NOT_IN_ROSTER;
import static org.raqib.tlog.EntryException.Rule.UNKNOWN_KIND;

/**
 * Decides whether a leaf is a valid entry of a log, the same way at admission, in the verifier
 * and in every audit:
 * <ol>
 * <li>the leaf parses strictly ({@link SignedEntry#parse});
 * <li>its origin is the roster's;
 * <li>its kind is registered;
 * <li>its party's key is in the roster, valid at the entry's index;
 * <li>every signature by a roster key valid at that index verifies under the strict Ed25519 rule
 *     (signatures by other keys are ignored, as C2SP requires);
 * <li>the party's key signed, and for each co-signer role of the kind, a key of a party holding it.
 * </ol>
 * Checking that {@code seq} follows the party's previous entry, and that {@code ref}s point at real
 * entries, needs the log's history and is left to the caller. Immutable and thread-safe.
 */
public final class EntryVerifier {

    private final Roster roster;
    private final EntryKinds kinds;

    /** Verifies entries of the roster's log against the roster and the kinds. */
    public EntryVerifier(Roster roster, EntryKinds kinds) {
        this.roster = roster;
        this.kinds = kinds;
    }

    /**
     * Verifies the leaf at log {@code index}.
     *
     * @throws EntryException naming the entry rule it breaks
     * @throws NoteException if it breaks a signed-note rule
     */
    public VerifiedEntry verify(long index, byte[] leaf) {
        return verify(index, SignedEntry.parse(leaf));
    }

    /**
     * Verifies a parsed entry at log {@code index}.
     *
     * @throws EntryException naming the rule it breaks
     */
    public VerifiedEntry verify(long index, SignedEntry signed) {
        Entry entry = signed.entry();
        if (!entry.origin().equals(roster.origin())) {
            throw new EntryException(ORIGIN_MISMATCH, "entry of " + entry.origin() + " in the log " + roster.origin());
        }
        EntryKind kind = kinds.find(entry.kind())
                .orElseThrow(() -> new EntryException(UNKNOWN_KIND, "unknown kind " + entry.kind()));
        if (roster.keysNamed(entry.party(), index).isEmpty()) {
            throw new EntryException(PARTY_NOT_IN_ROSTER, "no key " + entry.party() + " valid at index "
                    + Long.toUnsignedString(index));
        }
        List<RosterKey> signers = verifiedSigners(index, signed.note());
        RosterKey partyKey = signers.stream().filter(k -> k.name().equals(entry.party())).findFirst()
                .orElseThrow(() -> new EntryException(MISSING_SIGNATURE, "the party " + entry.party() + " did not sign"));
        for (String role : kind.cosignerRoles()) {
            if (signers.stream().noneMatch(k -> roster.party(k.party()).orElseThrow().hasRole(role))) {
                throw new EntryException(MISSING_SIGNATURE, kind.name() + " needs a signature by a " + role);
            }
        }
        return new VerifiedEntry(index, signed, partyKey, signers);
    }

    private List<RosterKey> verifiedSigners(long index, Note note) {
        byte[] message = note.text().getBytes(UTF_8);
        List<RosterKey> signers = new ArrayList<>();
        for (NoteSignature signature : note.signatures()) {
            Optional<RosterKey> key = roster.key(signature.name(), signature.keyId(), index);
            if (key.isEmpty()) {
                continue;
            }
            if (!roster.verifier(key.get()).verify(message, signature.signature())) {
                throw new EntryException(INVALID_SIGNATURE, "the signature of " + signature.name() + " does not verify");
            }
            if (!signers.contains(key.get())) {
                signers.add(key.get());
            }
        }
        return signers;
    }
}
