package org.raqib.tlog;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HexFormat;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.raqib.tlog.NoteException.Rule.INVALID_KEY_NAME;
import static org.raqib.tlog.NoteException.Rule.KEY_ID_MISMATCH;
import static org.raqib.tlog.NoteException.Rule.MALFORMED_KEY;
import static org.raqib.tlog.NoteException.Rule.UNSUPPORTED_KEY_TYPE;
import static org.raqib.tlog.NoteException.Rule.WEAK_KEY;

/**
 * A verifier key ("vkey") of C2SP signed-note: {@code <name>+<hex8(keyID)>+<base64(type || key)>},
 * for example {@code example.com/log/testdata+33d7b496+AeHTu4Q3…}.
 *
 * <p>The key ID is {@code SHA-256(name || 0x0A || type || key)[:4]}. Only the first two {@code +}
 * separate parts: the base64 may hold more.
 *
 * @param name the key name
 * @param keyId the key ID
 * @param type the signature type: {@link #ED25519} or {@link #COSIGNATURE}
 * @param key the public key bytes, after the type
 */
public record VerifierKey(String name, int keyId, byte type, byte[] key) {

    /** Signature type of Ed25519 note signatures. */
    public static final byte ED25519 = 0x01;
    /** Signature type of timestamped Ed25519 cosignatures (C2SP tlog-cosignature). */
    public static final byte COSIGNATURE = 0x04;

    /** Checks the name and the key ID, and copies the key. */
    public VerifierKey {
        if (!KeyNames.isValid(name)) {
            throw new NoteException(INVALID_KEY_NAME, "invalid key name '" + name + "'");
        }
        key = key.clone();
        if (keyId != keyId(name, type, key)) {
            throw new NoteException(KEY_ID_MISMATCH, "the key ID of " + name + " does not match its key");
        }
    }

    /** Returns the Ed25519 (type 0x01) verifier key of a name and a 32-byte public key. */
    public static VerifierKey ed25519(String name, byte[] publicKey) {
        return new VerifierKey(name, keyId(name, ED25519, publicKey), ED25519, publicKey);
    }

    /**
     * Parses a vkey.
     *
     * @throws NoteException if it is malformed or its key ID is wrong
     */
    public static VerifierKey parse(String vkey) {
        String[] parts = vkey.split("\\+", 3);
        if (parts.length != 3 || !parts[1].matches("[0-9a-f]{8}")) {
            throw new NoteException(MALFORMED_KEY, "not <name>+<hex8>+<base64>");
        }
        byte[] typed = StrictBase64.decode(parts[2])
                .filter(bytes -> bytes.length > 1)
                .orElseThrow(() -> new NoteException(MALFORMED_KEY, "bad base64 key"));
        return new VerifierKey(parts[0], Integer.parseUnsignedInt(parts[1], 16), typed[0],
                Arrays.copyOfRange(typed, 1, typed.length));
    }

    /** Returns the key ID of a key: the first four bytes of SHA-256(name || 0x0A || type || key). */
    public static int keyId(String name, byte type, byte[] key) {
        byte[] nameBytes = name.getBytes(UTF_8);
        byte[] input = ByteBuffer.allocate(nameBytes.length + 2 + key.length)
                .put(nameBytes).put((byte) '\n').put(type).put(key).array();
        return ByteBuffer.wrap(Hashes.sha256(input)).getInt();
    }

    /** Returns the vkey text. */
    public String encode() {
        byte[] typed = ByteBuffer.allocate(1 + key.length).put(type).put(key).array();
        return name + "+" + HexFormat.of().toHexDigits(keyId) + "+" + StrictBase64.encode(typed);
    }

    /** Returns a copy of the public key bytes. */
    @Override
    public byte[] key() {
        return key.clone();
    }

    /**
     * Returns a verifier for this key, its Ed25519 key checked once by the strict rule.
     *
     * @throws NoteException {@code UNSUPPORTED_KEY_TYPE} for other types, {@code WEAK_KEY} if the
     *     key is not a canonical point of prime order
     */
    public NoteVerifier verifier() {
        if (type != ED25519 && type != COSIGNATURE) {
            throw new NoteException(UNSUPPORTED_KEY_TYPE, "signature type 0x" + HexFormat.of().toHexDigits(type));
        }
        StrictEd25519.PublicKey publicKey;
        try {
            publicKey = StrictEd25519.publicKey(key);
        } catch (IllegalArgumentException e) {
            throw new NoteException(WEAK_KEY, name + ": " + e.getMessage());
        }
        return type == ED25519
                ? new Ed25519Verifier(name, keyId, publicKey)
                : new Cosignature.Verifier(name, keyId, publicKey);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VerifierKey && encode().equals(((VerifierKey) other).encode());
    }

    @Override
    public int hashCode() {
        return encode().hashCode();
    }

    @Override
    public String toString() {
        return encode();
    }

    private record Ed25519Verifier(String name, int keyId, StrictEd25519.PublicKey key) implements NoteVerifier {

        @Override
        public boolean verify(byte[] message, byte[] signature) {
            return StrictEd25519.verify(key, message, signature);
        }
    }
}
