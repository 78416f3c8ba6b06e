package org.raqib.tlog;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;

import static org.raqib.tlog.NoteException.Rule.KEY_ID_MISMATCH;
import static org.raqib.tlog.NoteException.Rule.MALFORMED_KEY;
import static org.raqib.tlog.NoteException.Rule.UNSUPPORTED_KEY_TYPE;

/**
 * A signer key as Go's note package encodes it: {@code PRIVATE+KEY+<name>+<hex8(keyID)>+<base64(0x01 || seed)>}.
 * It holds a secret; its {@link #toString()} does not show it.
 */
public final class SignerKey {

    private static final String PREFIX = "PRIVATE+KEY+";

    private final VerifierKey verifierKey;
    private final Ed25519KeyPair keyPair;

    private SignerKey(String name, Ed25519KeyPair keyPair) {
        this.verifierKey = VerifierKey.ed25519(name, keyPair.publicKey());
        this.keyPair = keyPair;
    }

    /** Returns the signer key of a name and an Ed25519 key. */
    public static SignerKey of(String name, Ed25519KeyPair keyPair) {
        return new SignerKey(name, keyPair);
    }

    /** Generates a new Ed25519 key named {@code name}. */
    public static SignerKey generate(String name, SecureRandom random) {
        return new SignerKey(name, Ed25519KeyPair.generate(random));
    }

    /**
     * Parses a signer key, checking that its key ID matches the public key derived from the seed.
     *
     * @throws NoteException if it is malformed, of another type, or its key ID is wrong
     */
    public static SignerKey parse(String skey) {
        String[] parts = skey.startsWith(PREFIX) ? skey.substring(PREFIX.length()).split("\\+", 3) : new String[0];
        if (parts.length != 3 || !parts[1].matches("[0-9a-f]{8}")) {
            throw new NoteException(MALFORMED_KEY, "not PRIVATE+KEY+<name>+<hex8>+<base64>");
        }
        byte[] typed = StrictBase64.decode(parts[2])
                .filter(bytes -> bytes.length == 1 + Ed25519KeyPair.SEED_SIZE)
                .orElseThrow(() -> new NoteException(MALFORMED_KEY, "bad base64 seed"));
        if (typed[0] != VerifierKey.ED25519) {
            throw new NoteException(UNSUPPORTED_KEY_TYPE, "signer keys must be Ed25519");
        }
        SignerKey key = new SignerKey(parts[0], Ed25519KeyPair.fromSeed(Arrays.copyOfRange(typed, 1, typed.length)));
        if (key.verifierKey.keyId() != Integer.parseUnsignedInt(parts[1], 16)) {
            throw new NoteException(KEY_ID_MISMATCH, "the key ID does not match the seed");
        }
        return key;
    }

    /** Returns the encoded signer key, secret included. */
    public String encode() {
        byte[] typed = ByteBuffer.allocate(1 + Ed25519KeyPair.SEED_SIZE).put(VerifierKey.ED25519).put(keyPair.seed()).array();
        return PREFIX + name() + "+" + HexFormat.of().toHexDigits(verifierKey.keyId()) + "+" + StrictBase64.encode(typed);
    }

    /** Returns the key name. */
    public String name() {
        return verifierKey.name();
    }

    /** Returns the matching verifier key. */
    public VerifierKey verifierKey() {
        return verifierKey;
    }

    /** Returns the Ed25519 key. */
    public Ed25519KeyPair keyPair() {
        return keyPair;
    }

    /** Returns a signer of Ed25519 (type 0x01) note signatures. */
    public NoteSigner signer() {
        return new Ed25519Signer(verifierKey.name(), verifierKey.keyId(), keyPair);
    }

    @Override
    public String toString() {
        return "SignerKey[" + verifierKey.encode() + "]";
    }

    private record Ed25519Signer(String name, int keyId, Ed25519KeyPair key) implements NoteSigner {

        @Override
        public byte[] sign(byte[] message) {
            return key.sign(message);
        }
    }
}
