package org.raqib.tlog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * RFC 9162's recursive definitions MTH, PATH and PROOF, coded directly over a list of leaf
 * hashes: slow and obviously right, to check the fast code against (as transparency-dev/merkle's
 * testonly/reference_test.go does).
 */
final class ReferenceTree {

    private final List<byte[]> leaves;

    ReferenceTree(List<byte[]> leafHashes) {
        this.leaves = leafHashes;
    }

    /** A tree whose leaf i is the 8-byte big-endian encoding of i. */
    static ReferenceTree ofSize(int size) {
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            leaves.add(SyntheticTree.leafHash(i));
        }
        return new ReferenceTree(leaves);
    }

    byte[] root(int n) {
        return mth(0, n);
    }

    byte[] leaf(int i) {
        return leaves.get(i);
    }

    byte[] mth(int begin, int end) {
        int n = end - begin;
        if (n == 0) {
            return Hashes.emptyRoot();
        }
        if (n == 1) {
            return leaves.get(begin);
        }
        int k = Integer.highestOneBit(n - 1);
        return Hashes.nodeHash(mth(begin, begin + k), mth(begin + k, end));
    }

    List<byte[]> path(int m, int begin, int end) {
        int n = end - begin;
        List<byte[]> path = new ArrayList<>();
        if (n == 1) {
            return path;
        }
        int k = Integer.highestOneBit(n - 1);
        if (m < k) {
            path.addAll(path(m, begin, begin + k));
            path.add(mth(begin + k, end));
        } else {
            path.addAll(path(m - k, begin + k, end));
            path.add(mth(begin, begin + k));
        }
        return path;
    }

    List<byte[]> proof(int m, int n) {
        return subproof(m, 0, n, true);
    }

    private List<byte[]> subproof(int m, int begin, int end, boolean b) {
        int n = end - begin;
        List<byte[]> proof = new ArrayList<>();
        if (m == n) {
            if (!b) {
                proof.add(mth(begin, end));
            }
            return proof;
        }
        int k = Integer.highestOneBit(n - 1);
        if (m <= k) {
            proof.addAll(subproof(m, begin, begin + k, b));
            proof.add(mth(begin + k, end));
        } else {
            proof.addAll(subproof(m - k, begin + k, end, false));
            proof.add(mth(begin, begin + k));
        }
        return proof;
    }

    /** Returns a reader of this tree's perfect subtrees. */
    HashReader reader() {
        return nodes -> {
            List<byte[]> hashes = new ArrayList<>();
            for (NodeId node : nodes) {
                int begin = (int) node.begin();
                if (begin + node.width() > leaves.size()) {
                    throw new IllegalArgumentException("node " + node + " is beyond the tree");
                }
                hashes.add(mth(begin, begin + (int) node.width()));
            }
            return hashes;
        };
    }

    static boolean sameHashes(List<byte[]> a, List<byte[]> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!Arrays.equals(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }
}
