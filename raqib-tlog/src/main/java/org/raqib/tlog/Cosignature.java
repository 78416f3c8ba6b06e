package org.raqib.tlog;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.function.LongSupplier;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Timestamped Ed25519 cosignatures, signature type 0x04 (C2SP tlog-cosignature), which witnesses
 * add to checkpoints. The signature is {@code u64 timestamp || Ed25519 signature} over
 * <pre>
 * cosignature/v1\n
 * time &lt;timestamp&gt;\n
 * &lt;checkpoint text&gt;
 * </pre>
 * The message does not name the cosigner, so each cosigner needs its own key.
 */
public final class Cosignature {

    private static final int SIZE = 8 + StrictEd25519.SIGNATURE_SIZE;

    private Cosignature() {
    }

    /** Returns the cosignature verifier key (type 0x04) of a name and an Ed25519 public key. */
    public static VerifierKey verifierKey(String name, byte[] publicKey) {
        return new VerifierKey(name, VerifierKey.keyId(name, VerifierKey.COSIGNATURE, publicKey),
                VerifierKey.COSIGNATURE, publicKey);
    }

    /**
     * Returns a signer that cosigns with {@code key} at the time {@code clock} gives, in POSIX seconds.
     */
    public static NoteSigner signer(String name, Ed25519KeyPair key, LongSupplier clock) {
        return new Signer(name, verifierKey(name, key.publicKey()).keyId(), key, clock);
    }

    /**
     * Returns the timestamp of a cosignature, in POSIX seconds.
     *
     * @throws IllegalArgumentException if it is not a 72-byte timestamped signature
     */
    public static long timestamp(NoteSignature cosignature) {
        byte[] bytes = cosignature.signature();
        if (bytes.length != SIZE) {
            throw new IllegalArgumentException("a cosignature is 72 bytes");
        }
        return ByteBuffer.wrap(bytes).getLong();
    }

    static byte[] message(long time, byte[] text) {
        byte[] header = ("cosignature/v1\ntime " + time + "\n").getBytes(UTF_8);
        return ByteBuffer.allocate(header.length + text.length).put(header).put(text).array();
    }

    private record Signer(String name, int keyId, Ed25519KeyPair key, LongSupplier clock) implements NoteSigner {

        @Override
        public byte[] sign(byte[] text) {
            long time = clock.getAsLong();
            return ByteBuffer.allocate(SIZE).putLong(time).put(key.sign(message(time, text))).array();
        }
    }

    /** Verifies cosignatures with a key that passed the strict rule. */
    record Verifier(String name, int keyId, StrictEd25519.PublicKey key) implements NoteVerifier {

        @Override
        public boolean verify(byte[] text, byte[] signature) {
            if (signature.length != SIZE) {
                return false;
            }
            long time = ByteBuffer.wrap(signature).getLong();
            return time >= 0 && StrictEd25519.verify(key, message(time, text), Arrays.copyOfRange(signature, 8, SIZE));
        }
    }
}
