package org.raqib.tlog;

/** A signed note, or a key encoding, that breaks a rule of C2SP signed-note. */
public final class NoteException extends TlogException {

    private static final long serialVersionUID = 1L;

    /** The rules of the signed-note format and of its key encodings. */
    public enum Rule {
        /** The note is not valid UTF-8. */
        INVALID_UTF8,
        /** The note holds an ASCII control character other than newline. */
        CONTROL_CHARACTER,
        /** The note text is empty or does not end in a newline. */
        MALFORMED_TEXT,
        /** No blank line followed by signature lines. */
        NO_SIGNATURE_BLOCK,
        /** A signature line is not {@code — <name> <base64 of key ID and signature>}. */
        MALFORMED_SIGNATURE,
        /** More signatures than {@link Note#MAX_SIGNATURES}. */
        TOO_MANY_SIGNATURES,
        /** A signature by a known key does not verify. */
        INVALID_SIGNATURE,
        /** No signature by a known key. */
        NO_KNOWN_SIGNATURE,
        /** A key name that is empty or holds a space, a plus or a control character. */
        INVALID_KEY_NAME,
        /** A verifier or signer key that is not {@code <name>+<hex8 key ID>+<base64>}. */
        MALFORMED_KEY,
        /** A key whose stated key ID is not the one its name and key give. */
        KEY_ID_MISMATCH,
        /** A signature type this library does not implement. */
        UNSUPPORTED_KEY_TYPE,
        /** An Ed25519 public key that is not canonical or not of prime order. */
        WEAK_KEY
    }

    private final Rule rule;

    /** Creates the exception. */
    public NoteException(Rule rule, String detail) {
        super(rule, detail);
        this.rule = rule;
    }

    @Override
    public Rule rule() {
        return rule;
    }
}
