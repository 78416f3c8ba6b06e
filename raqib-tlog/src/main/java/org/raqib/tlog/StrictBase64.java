package org.raqib.tlog;

import java.util.Base64;
import java.util.Optional;

/**
 * Standard, padded base64 (RFC 4648 §4) with exactly one accepted spelling per value. Java's
 * decoder also takes missing padding and stray low bits, and a second spelling of a signature
 * would give the same signed entry a second leaf hash.
 */
final class StrictBase64 {

    private StrictBase64() {
    }

    /** Returns the bytes {@code text} encodes, or empty if it is not their canonical encoding. */
    static Optional<byte[]> decode(String text) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return encode(bytes).equals(text) ? Optional.of(bytes) : Optional.empty();
    }

    /** Returns the 32 bytes {@code text} encodes, or empty if it is not a canonical 32-byte hash. */
    static Optional<byte[]> decodeHash(String text) {
        return decode(text).filter(Hashes::isHash);
    }

    static String encode(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
