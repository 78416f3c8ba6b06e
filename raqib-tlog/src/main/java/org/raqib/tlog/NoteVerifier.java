package org.raqib.tlog;

/** Verifies note signatures made with one key, identified by its name and key ID (as in Go's note package). */
public interface NoteVerifier {

    /** Returns the key's name. */
    String name();

    /** Returns the key ID. */
    int keyId();

    /** Returns whether {@code signature} (without the key ID) is a valid signature of {@code message}. */
    boolean verify(byte[] message, byte[] signature);
}
