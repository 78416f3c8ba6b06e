package org.raqib.tlog;

import java.security.SecureRandom;

import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * An Ed25519 private key, kept as its 32-byte seed (RFC 8032 §5.1.5), with its public key.
 * Signing is deterministic: the same seed and message always give the same signature.
 * Immutable and thread-safe.
 */
public final class Ed25519KeyPair {

    /** Length of a seed. */
    public static final int SEED_SIZE = 32;

    private final byte[] seed;
    private final byte[] publicKey;

    private Ed25519KeyPair(byte[] seed) {
        this.seed = seed;
        this.publicKey = new byte[StrictEd25519.PUBLIC_KEY_SIZE];
        Ed25519.generatePublicKey(seed, 0, publicKey, 0);
    }

    /** Generates a new key from {@code random}. */
    public static Ed25519KeyPair generate(SecureRandom random) {
        byte[] seed = new byte[SEED_SIZE];
        Ed25519.generatePrivateKey(random, seed);
        return new Ed25519KeyPair(seed);
    }

    /**
     * Returns the key of a seed.
     *
     * @throws IllegalArgumentException unless the seed is 32 bytes
     */
    public static Ed25519KeyPair fromSeed(byte[] seed) {
        if (seed == null || seed.length != SEED_SIZE) {
            throw new IllegalArgumentException("an Ed25519 seed is 32 bytes");
        }
        return new Ed25519KeyPair(seed.clone());
    }

    /** Returns the 64-byte signature of {@code message}. */
    public byte[] sign(byte[] message) {
        byte[] signature = new byte[StrictEd25519.SIGNATURE_SIZE];
        Ed25519.sign(seed, 0, publicKey, 0, message, 0, message.length, signature, 0);
        return signature;
    }

    /** Returns the 32-byte public key. */
    public byte[] publicKey() {
        return publicKey.clone();
    }

    /** Returns the 32-byte seed: the secret. */
    public byte[] seed() {
        return seed.clone();
    }
}
