package org.raqib.tlog;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The hashes of an RFC 9162 Merkle tree (§2.1.1), with SHA-256 as C2SP fixes it.
 *
 * <pre>
 * MTH({})   = SHA-256()
 * leafHash  = SHA-256(0x00 || entry)
 * nodeHash  = SHA-256(0x01 || left || right)
 * </pre>
 *
 * The two prefixes keep a leaf from ever being passed off as an interior node. All methods are
 * thread-safe and reject {@code null} with a {@link NullPointerException}.
 */
public final class Hashes {

    /** Length in bytes of every hash in the tree. */
    public static final int SIZE = 32;

    private static final byte LEAF_PREFIX = 0x00;
    private static final byte NODE_PREFIX = 0x01;
    // MessageDigest is not thread-safe, and getInstance costs more than hashing a node.
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(Hashes::newDigest);
    private static final byte[] EMPTY_ROOT = sha256(new byte[0]);

    private Hashes() {
    }

    /** Returns the hash of a leaf holding {@code entry}: SHA-256(0x00 || entry). */
    public static byte[] leafHash(byte[] entry) {
        MessageDigest digest = SHA256.get();
        digest.update(LEAF_PREFIX);
        return digest.digest(entry);
    }

    /** Returns the hash of an interior node: SHA-256(0x01 || left || right). */
    public static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest digest = SHA256.get();
        digest.update(NODE_PREFIX);
        digest.update(left);
        return digest.digest(right);
    }

    /** Returns the root of the empty tree, SHA-256 of no bytes ({@code 47DEQpj8…}). */
    public static byte[] emptyRoot() {
        return EMPTY_ROOT.clone();
    }

    /** Returns SHA-256 of {@code data}, as used for payload hashes and key IDs. */
    public static byte[] sha256(byte[] data) {
        return SHA256.get().digest(data);
    }

    /** Returns whether {@code hash} is exactly {@link #SIZE} bytes long; {@code null} is not. */
    public static boolean isHash(byte[] hash) {
        return hash != null && hash.length == SIZE;
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}
