package org.raqib.tlog;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

import static org.raqib.tlog.InclusionProof.requireHash;
import static org.raqib.tlog.ProofException.Rule.EMPTY_TREE;
import static org.raqib.tlog.ProofException.Rule.ROOT_MISMATCH;
import static org.raqib.tlog.ProofException.Rule.SIZE_DECREASED;
import static org.raqib.tlog.ProofException.Rule.WRONG_PROOF_SIZE;

/**
 * A consistency proof (RFC 9162 §2.1.4): the hashes showing that the tree of {@code size1} leaves
 * is a prefix of the tree of {@code size2} leaves.
 *
 * <p>A proof from size 0 is meaningless and {@link #verify} rejects it, as the published vectors
 * expect. An application treats an old size of 0 as trivially consistent, the way the C2SP witness
 * protocol does, by calling {@link #verifyAllowingEmpty} instead.
 *
 * @param size1 the earlier size, unsigned
 * @param size2 the later size, unsigned
 * @param hashes the proof
 */
public record ConsistencyProof(long size1, long size2, List<byte[]> hashes) {

    /** Copies the hashes. */
    public ConsistencyProof {
        hashes = InclusionProof.copy(hashes);
    }

    /**
     * Generates the proof between two sizes from the stored nodes of a tree at least
     * {@code size2} large. Equal sizes give the empty proof.
     *
     * @throws IllegalArgumentException unless 0 &lt; size1 &lt;= size2 (unsigned)
     */
    public static ConsistencyProof generate(long size1, long size2, HashReader reader) {
        if (size1 == 0 || Long.compareUnsigned(size1, size2) > 0) {
            throw new IllegalArgumentException("need 0 < size1 <= size2, got " + Long.toUnsignedString(size1)
                    + " and " + Long.toUnsignedString(size2));
        }
        return new ConsistencyProof(size1, size2, Subtrees.hashes(Subtrees.proof(size1, size2), reader));
    }

    /**
     * Checks that this proof shows the tree with {@code root1} is a prefix of the tree with
     * {@code root2}.
     *
     * @throws ProofException naming the first rule the proof breaks
     */
    public void verify(byte[] root1, byte[] root2) {
        verify(size1, size2, root1, root2, hashes);
    }

    /**
     * Like {@link #verify}, but the empty tree is consistent with every tree: with size1 = 0 the
     * proof must be empty and {@code root1} must be the empty root.
     */
    public void verifyAllowingEmpty(byte[] root1, byte[] root2) {
        if (size1 != 0) {
            verify(root1, root2);
        } else if (!hashes.isEmpty()) {
            throw new ProofException(WRONG_PROOF_SIZE, "a proof from the empty tree must be empty");
        } else if (!MessageDigest.isEqual(root1, Hashes.emptyRoot())) {
            throw new ProofException(ROOT_MISMATCH, "the empty tree's root must be SHA-256()");
        }
    }

    /** Checks a consistency proof; see {@link #verify(byte[], byte[])}. */
    public static void verify(long size1, long size2, byte[] root1, byte[] root2, List<byte[]> proof) {
        if (size1 == 0) {
            throw new ProofException(EMPTY_TREE, "a consistency proof from the empty tree is meaningless");
        }
        if (Long.compareUnsigned(size1, size2) > 0) {
            throw new ProofException(SIZE_DECREASED, "size2 is smaller than size1");
        }
        if (size1 == size2) {
            verifySameSize(root1, root2, proof);
            return;
        }
        requireHash(root1, "root1");
        requireHash(root2, "root2");
        proof.forEach(hash -> requireHash(hash, "proof hash"));
        int expected = expectedLength(size1, size2);
        if (proof.size() != expected) {
            throw new ProofException(WRONG_PROOF_SIZE, "expected " + expected + " hashes, got " + proof.size());
        }
        chain(size1, size2, root1, root2, proof);
    }

    // At equal sizes the proof is the equality of the roots, compared as given.
    private static void verifySameSize(byte[] root1, byte[] root2, List<byte[]> proof) {
        if (!proof.isEmpty()) {
            throw new ProofException(WRONG_PROOF_SIZE, "equal sizes need an empty proof");
        }
        if (!MessageDigest.isEqual(root1, root2)) {
            throw new ProofException(ROOT_MISMATCH, "equal sizes with different roots");
        }
    }

    // RFC 9162 §2.1.4.2, steps 2 to 7.
    private static void chain(long size1, long size2, byte[] root1, byte[] root2, List<byte[]> proof) {
        List<byte[]> path = new ArrayList<>(proof.size() + 1);
        if (Long.bitCount(size1) == 1) {
            path.add(root1);
        }
        path.addAll(proof);
        long fn = size1 - 1;
        long sn = size2 - 1;
        while ((fn & 1) == 1) {
            fn >>>= 1;
            sn >>>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                throw new ProofException(WRONG_PROOF_SIZE, "the proof goes above the root");
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = Hashes.nodeHash(c, fr);
                sr = Hashes.nodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>>= 1;
                    sn >>>= 1;
                }
            } else {
                sr = Hashes.nodeHash(sr, c);
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        if (sn != 0) {
            throw new ProofException(WRONG_PROOF_SIZE, "the proof ends below the root");
        }
        if (!MessageDigest.isEqual(fr, root1)) {
            throw new ProofException(ROOT_MISMATCH, "the proof leads to a different first root");
        }
        if (!MessageDigest.isEqual(sr, root2)) {
            throw new ProofException(ROOT_MISMATCH, "the proof leads to a different second root");
        }
    }

    /** The proof length for 0 &lt; size1 &lt; size2, as transparency-dev/merkle derives it. */
    static int expectedLength(long size1, long size2) {
        int shift = Long.numberOfTrailingZeros(size1);
        int start = Long.bitCount(size1) == 1 ? 0 : 1;
        return start + InclusionProof.expectedLength(size1 - 1, size2) - shift;
    }
}
