package org.raqib.tlog;

/** Signs note texts with one key, identified by its name and key ID (as in Go's note package). */
public interface NoteSigner {

    /** Returns the key's name. */
    String name();

    /** Returns the key ID. */
    int keyId();

    /** Returns the signature of {@code message}, without the key ID. */
    byte[] sign(byte[] message);
}
