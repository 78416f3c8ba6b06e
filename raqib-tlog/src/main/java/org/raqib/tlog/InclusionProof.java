package org.raqib.tlog;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

import static org.raqib.tlog.ProofException.Rule.INDEX_BEYOND_SIZE;
import static org.raqib.tlog.ProofException.Rule.ROOT_MISMATCH;
import static org.raqib.tlog.ProofException.Rule.WRONG_HASH_SIZE;
import static org.raqib.tlog.ProofException.Rule.WRONG_PROOF_SIZE;

/**
 * An inclusion proof (audit path, RFC 9162 §2.1.3): the hashes that lead from leaf {@code index}
 * to the root of the tree of {@code treeSize} leaves, ordered from the leaf's sibling upwards.
 *
 * @param index the leaf's index, unsigned
 * @param treeSize the tree size, unsigned
 * @param hashes the proof, leaf to root
 */
public record InclusionProof(long index, long treeSize, List<byte[]> hashes) {

    /** Copies the hashes. */
    public InclusionProof {
        hashes = copy(hashes);
    }

    /**
     * Generates the proof for leaf {@code index} in the tree of {@code treeSize} leaves from the
     * stored nodes of a tree at least that large.
     *
     * @throws IllegalArgumentException unless index &lt; treeSize (unsigned)
     */
    public static InclusionProof generate(long index, long treeSize, HashReader reader) {
        if (Long.compareUnsigned(index, treeSize) >= 0) {
            throw new IllegalArgumentException("index " + Long.toUnsignedString(index)
                    + " is not below tree size " + Long.toUnsignedString(treeSize));
        }
        return new InclusionProof(index, treeSize, Subtrees.hashes(Subtrees.path(index, treeSize), reader));
    }

    /**
     * Checks that this proof shows {@code leafHash} at {@link #index} in the tree with {@code root}.
     *
     * @throws ProofException naming the first rule the proof breaks
     */
    public void verify(byte[] leafHash, byte[] root) {
        verify(index, treeSize, leafHash, hashes, root);
    }

    /** Checks an inclusion proof; see {@link #verify(byte[], byte[])}. */
    public static void verify(long index, long treeSize, byte[] leafHash, List<byte[]> proof, byte[] root) {
        requireHash(root, "root");
        byte[] computed = rootFromProof(index, treeSize, leafHash, proof);
        if (!MessageDigest.isEqual(computed, root)) {
            throw new ProofException(ROOT_MISMATCH, "the proof leads to a different root");
        }
    }

    /**
     * Returns the root the proof leads to, following RFC 9162 §2.1.3.2 after checking every length.
     *
     * @throws ProofException if the index, a hash length or the proof length is wrong
     */
    public static byte[] rootFromProof(long index, long treeSize, byte[] leafHash, List<byte[]> proof) {
        if (Long.compareUnsigned(index, treeSize) >= 0) {
            throw new ProofException(INDEX_BEYOND_SIZE, "index " + Long.toUnsignedString(index)
                    + " is not below tree size " + Long.toUnsignedString(treeSize));
        }
        requireHash(leafHash, "leaf hash");
        proof.forEach(hash -> requireHash(hash, "proof hash"));
        int expected = expectedLength(index, treeSize);
        if (proof.size() != expected) {
            throw new ProofException(WRONG_PROOF_SIZE, "expected " + expected + " hashes, got " + proof.size());
        }
        long fn = index;
        long sn = treeSize - 1;
        byte[] r = leafHash;
        for (byte[] p : proof) {
            if (sn == 0) {
                throw new ProofException(WRONG_PROOF_SIZE, "the proof goes above the root");
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = Hashes.nodeHash(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>>= 1;
                    sn >>>= 1;
                }
            } else {
                r = Hashes.nodeHash(r, p);
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        if (sn != 0) {
            throw new ProofException(WRONG_PROOF_SIZE, "the proof ends below the root");
        }
        return r;
    }

    /**
     * The proof length the sizes determine: the levels where the paths to {@code index} and to
     * {@code size - 1} differ, plus the left siblings above (decompInclProof in transparency-dev/merkle).
     */
    static int expectedLength(long index, long size) {
        int inner = 64 - Long.numberOfLeadingZeros(index ^ (size - 1));
        int border = inner == 64 ? 0 : Long.bitCount(index >>> inner);
        return inner + border;
    }

    static void requireHash(byte[] hash, String what) {
        if (!Hashes.isHash(hash)) {
            throw new ProofException(WRONG_HASH_SIZE, what + " must be 32 bytes, got "
                    + (hash == null ? "null" : hash.length));
        }
    }

    static List<byte[]> copy(List<byte[]> hashes) {
        List<byte[]> copy = new ArrayList<>(hashes.size());
        hashes.forEach(hash -> copy.add(hash.clone()));
        return List.copyOf(copy);
    }
}
