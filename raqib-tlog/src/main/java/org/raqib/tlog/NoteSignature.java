package org.raqib.tlog;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * One signature line of a signed note: {@code — <name> <base64(keyID || signature)>}.
 *
 * @param name the signing key's name
 * @param keyId the key ID, a big-endian uint32
 * @param signature the signature bytes after the key ID
 */
public record NoteSignature(String name, int keyId, byte[] signature) {

    /** Copies the signature. */
    public NoteSignature {
        signature = signature.clone();
    }

    /** Returns a copy of the signature bytes. */
    @Override
    public byte[] signature() {
        return signature.clone();
    }

    /** Returns the line as it appears in a note, with its final newline. */
    public String line() {
        byte[] bytes = ByteBuffer.allocate(4 + signature.length).putInt(keyId).put(signature).array();
        return "\u2014 " + name + " " + StrictBase64.encode(bytes) + "\n";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NoteSignature && line().equals(((NoteSignature) other).line());
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + 17 * keyId + Arrays.hashCode(signature);
    }

    @Override
    public String toString() {
        return line().trim();
    }
}
