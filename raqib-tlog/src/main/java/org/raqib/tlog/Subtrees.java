package org.raqib.tlog;

import java.util.ArrayList;
import java.util.List;

/**
 * The recursive definitions of RFC 9162 §2.1.3.1 (PATH) and §2.1.4.1 (SUBPROOF), producing the
 * ranges [begin, end) whose Merkle tree hashes make up a proof, and the computation of those
 * hashes from stored perfect subtrees. At most one range in a proof is not a perfect subtree, so
 * a proof costs O(log n) node reads however large the log.
 */
final class Subtrees {

    /** A range of leaves [begin, end), unsigned, whose MTH a proof includes. */
    record Range(long begin, long end) {
    }

    private Subtrees() {
    }

    /** PATH(m, D[0:n]), ordered from the leaf's sibling up to the root's child. */
    static List<Range> path(long m, long n) {
        List<Range> ranges = new ArrayList<>();
        path(m, 0, n, ranges);
        return ranges;
    }

    /** PROOF(m, D[0:n]) = SUBPROOF(m, D[0:n], true), for 0 &lt; m &lt;= n. */
    static List<Range> proof(long m, long n) {
        List<Range> ranges = new ArrayList<>();
        subproof(m, 0, n, true, ranges);
        return ranges;
    }

    // m is relative to begin.
    private static void path(long m, long begin, long end, List<Range> out) {
        long n = end - begin;
        if (n == 1) {
            return;
        }
        long k = largestPowerOfTwoBelow(n);
        if (Long.compareUnsigned(m, k) < 0) {
            path(m, begin, begin + k, out);
            out.add(new Range(begin + k, end));
        } else {
            path(m - k, begin + k, end, out);
            out.add(new Range(begin, begin + k));
        }
    }

    private static void subproof(long m, long begin, long end, boolean b, List<Range> out) {
        long n = end - begin;
        if (m == n) {
            if (!b) {
                out.add(new Range(begin, end));
            }
            return;
        }
        long k = largestPowerOfTwoBelow(n);
        if (Long.compareUnsigned(m, k) <= 0) {
            subproof(m, begin, begin + k, b, out);
            out.add(new Range(begin + k, end));
        } else {
            subproof(m - k, begin + k, end, false, out);
            out.add(new Range(begin, begin + k));
        }
    }

    /** The k of RFC 9162: the largest power of two smaller than n, for n &gt;= 2 (unsigned). */
    static long largestPowerOfTwoBelow(long n) {
        return Long.highestOneBit(n - 1);
    }

    /**
     * Returns the perfect subtrees covering a range, left to right. Their hashes, folded from the
     * right with nodeHash, give the range's MTH when the range starts at a multiple of a power of
     * two at least its length, as every range of PATH and SUBPROOF does.
     */
    static List<NodeId> nodes(Range range) {
        List<NodeId> nodes = new ArrayList<>();
        long pos = range.begin();
        while (pos != range.end()) {
            long size = Long.highestOneBit(range.end() - pos);
            if (pos != 0 && Long.compareUnsigned(Long.lowestOneBit(pos), size) < 0) {
                size = Long.lowestOneBit(pos);
            }
            int level = Long.numberOfTrailingZeros(size);
            nodes.add(new NodeId(level, pos >>> level));
            pos += size;
        }
        return nodes;
    }

    /** Returns the MTH of each range, reading all the stored nodes they need in one call. */
    static List<byte[]> hashes(List<Range> ranges, HashReader reader) {
        List<List<NodeId>> perRange = new ArrayList<>(ranges.size());
        List<NodeId> all = new ArrayList<>();
        for (Range range : ranges) {
            List<NodeId> nodes = nodes(range);
            perRange.add(nodes);
            all.addAll(nodes);
        }
        List<byte[]> stored = reader.readHashes(all);
        if (stored.size() != all.size()) {
            throw new IllegalStateException("asked for " + all.size() + " hashes, got " + stored.size());
        }
        List<byte[]> result = new ArrayList<>(ranges.size());
        int next = 0;
        for (List<NodeId> nodes : perRange) {
            result.add(foldFromRight(stored.subList(next, next + nodes.size())));
            next += nodes.size();
        }
        return result;
    }

    private static byte[] foldFromRight(List<byte[]> hashes) {
        byte[] hash = checked(hashes.get(hashes.size() - 1));
        for (int i = hashes.size() - 2; i >= 0; i--) {
            hash = Hashes.nodeHash(checked(hashes.get(i)), hash);
        }
        return hash.clone();
    }

    private static byte[] checked(byte[] hash) {
        if (!Hashes.isHash(hash)) {
            throw new IllegalStateException("the hash reader returned a hash that is not 32 bytes");
        }
        return hash;
    }
}
