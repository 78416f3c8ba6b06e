package org.raqib.tlog;

import java.util.Arrays;

import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * The one Ed25519 rule that the log, the witnesses and every verifier apply (tlog.md §4.3).
 *
 * <p>Libraries disagree on edge cases: a key's owner can craft a signature that one accepts and
 * another rejects. So a signature counts only if the public key A and the nonce R are both
 * canonical encodings of points of prime order, S is below the group order L, and the RFC 8032
 * equation holds. Honest signatures always pass, and on such inputs cofactored and cofactorless
 * verifiers agree, so every mainstream library accepts what this accepts.
 *
 * <p>Checking A costs as much as a third of a verification, so a key is checked once, when it is
 * registered, by {@link #publicKey(byte[])}, and the resulting {@link PublicKey} is reused.
 */
public final class StrictEd25519 {

    /** Length of an encoded public key. */
    public static final int PUBLIC_KEY_SIZE = 32;
    /** Length of a signature, R || S. */
    public static final int SIGNATURE_SIZE = 64;

    // The group order L = 2^252 + 27742317777372353535851937790883648493, big-endian.
    private static final byte[] ORDER = hex("1000000000000000000000000000000014def9dea2f79cd65812631a5cf5d3ed");

    private StrictEd25519() {
    }

    /** A public key that passed the strict rule: canonical, of prime order. Immutable, thread-safe. */
    public static final class PublicKey {

        private final byte[] encoded;
        private final Ed25519.PublicPoint point;

        private PublicKey(byte[] encoded, Ed25519.PublicPoint point) {
            this.encoded = encoded;
            this.point = point;
        }

        /** Returns the 32-byte encoding. */
        public byte[] encoded() {
            return encoded.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof PublicKey && Arrays.equals(encoded, ((PublicKey) other).encoded);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(encoded);
        }
    }

    /**
     * Checks a public key against the rule, once, for registration.
     *
     * @throws IllegalArgumentException if it is not 32 bytes, not canonical, or not of prime order
     */
    public static PublicKey publicKey(byte[] encoded) {
        if (encoded == null || encoded.length != PUBLIC_KEY_SIZE) {
            throw new IllegalArgumentException("an Ed25519 public key is 32 bytes");
        }
        Ed25519.PublicPoint point = Ed25519.validatePublicKeyFullExport(encoded, 0);
        if (point == null) {
            throw new IllegalArgumentException("not a canonical Ed25519 point of prime order");
        }
        return new PublicKey(encoded.clone(), point);
    }

    /** Returns whether {@code encoded} is an acceptable public key. */
    public static boolean isValidPublicKey(byte[] encoded) {
        return encoded != null && encoded.length == PUBLIC_KEY_SIZE && Ed25519.validatePublicKeyFull(encoded, 0);
    }

    /** Returns whether {@code signature} is a strictly valid signature of {@code message} by {@code key}. */
    public static boolean verify(PublicKey key, byte[] message, byte[] signature) {
        if (signature == null || signature.length != SIGNATURE_SIZE || !isBelowOrder(signature)) {
            return false;
        }
        // R is encoded like a public key and must meet the same rule.
        if (!Ed25519.validatePublicKeyFull(signature, 0)) {
            return false;
        }
        return Ed25519.verify(signature, 0, key.point, message, 0, message.length);
    }

    /** Checks the key and the signature; prefer {@link #verify(PublicKey, byte[], byte[])} for a known key. */
    public static boolean verify(byte[] publicKey, byte[] message, byte[] signature) {
        if (publicKey == null || publicKey.length != PUBLIC_KEY_SIZE) {
            return false;
        }
        Ed25519.PublicPoint point = Ed25519.validatePublicKeyFullExport(publicKey, 0);
        return point != null && verify(new PublicKey(publicKey.clone(), point), message, signature);
    }

    // S is the little-endian scalar in the signature's second half.
    private static boolean isBelowOrder(byte[] signature) {
        for (int i = 0; i < 32; i++) {
            int s = signature[63 - i] & 0xff;
            int l = ORDER[i] & 0xff;
            if (s != l) {
                return s < l;
            }
        }
        return false;
    }

    private static byte[] hex(String hex) {
        byte[] bytes = new byte[hex.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return bytes;
    }
}
