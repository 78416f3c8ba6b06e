package org.raqib.verify;

import org.raqib.tlog.Checkpoint;
import org.raqib.tlog.NoteException;
import org.raqib.tlog.VerifierKey;
import org.raqib.tlog.Verifiers;

/**
 * The log's public key, which a Raqib log names after its origin, and how the verifier came to trust it.
 *
 * @param vkey the key
 * @param verifiers the key, ready to verify signatures
 * @param pinnedBy {@link #ARGUMENT}, {@link #TRUST_ON_FIRST_USE}, or how the state directory got it
 */
record LogKey(VerifierKey vkey, Verifiers verifiers, String pinnedBy) {

    /** Given by the user with {@code --vkey}. */
    static final String ARGUMENT = "argument";
    /** Taken from the server being checked. */
    static final String TRUST_ON_FIRST_USE = "trust-on-first-use";

    /**
     * @throws CommandError if the key is not an acceptable Ed25519 log key
     */
    static LogKey of(VerifierKey vkey, String pinnedBy) {
        if (vkey.type() != VerifierKey.ED25519) {
            throw new CommandError("the log key " + vkey + " is not an Ed25519 (0x01) key");
        }
        try {
            return new LogKey(vkey, Verifiers.of(vkey.verifier()), pinnedBy);
        } catch (NoteException e) {
            throw new CommandError("the log key " + vkey + " is unusable: " + e.getMessage(), e);
        }
    }

    /**
     * @throws CommandError if {@code text} is not a vkey
     */
    static VerifierKey parse(String text, String what) {
        try {
            return VerifierKey.parse(text.strip());
        } catch (NoteException e) {
            throw new CommandError(what + " is not a vkey (name+hex8+base64): " + e.getMessage(), e);
        }
    }

    /** Returns the log's origin, the key's name. */
    String origin() {
        return vkey.name();
    }

    /**
     * Opens a signed checkpoint of this log.
     *
     * @throws VerificationFailure naming the library's rule if the note is not a checkpoint of this log signed by this key
     */
    Checkpoint open(byte[] note) {
        try {
            return Checkpoint.open(note, origin(), verifiers);
        } catch (org.raqib.tlog.TlogException e) {
            throw new VerificationFailure(Failure.of(e));
        }
    }
}
