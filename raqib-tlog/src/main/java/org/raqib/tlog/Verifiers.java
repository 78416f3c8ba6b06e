package org.raqib.tlog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The keys a reader trusts, looked up by name and key ID. */
@FunctionalInterface
public interface Verifiers {

    /** Returns the verifier of the key with this name and key ID, or empty if the key is unknown. */
    Optional<NoteVerifier> verifier(String name, int keyId);

    /**
     * Returns a set of known keys.
     *
     * @throws IllegalArgumentException if two keys share a name and key ID
     */
    static Verifiers of(List<? extends NoteVerifier> verifiers) {
        Map<String, NoteVerifier> byKey = new HashMap<>();
        for (NoteVerifier verifier : verifiers) {
            if (byKey.put(verifier.name() + "+" + verifier.keyId(), verifier) != null) {
                throw new IllegalArgumentException("two keys named " + verifier.name() + " share a key ID");
            }
        }
        return (name, keyId) -> Optional.ofNullable(byKey.get(name + "+" + keyId));
    }

    /** Returns a set of known keys. */
    static Verifiers of(NoteVerifier... verifiers) {
        return of(List.of(verifiers));
    }
}
