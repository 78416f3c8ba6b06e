package org.raqib.tlog;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The compact range [0, size) of a growing log: one perfect-subtree hash for each 1-bit of the
 * size, which is all it takes to append leaves and compute the root (tlog.md §1.1; the idea of
 * transparency-dev/merkle {@code compact/range.go}).
 *
 * <p>A log keeps one in memory and rebuilds it at start from the hashes of
 * {@link #nodes(long) the nodes on the tree's right border}, read from its tiles. Not thread-safe.
 */
public final class CompactRange {

    private long size;
    // Left to right: the highest (leftmost) perfect subtree first.
    private final List<byte[]> hashes;

    private CompactRange(long size, List<byte[]> hashes) {
        this.size = size;
        this.hashes = hashes;
    }

    /** Returns the compact range of the empty tree. */
    public static CompactRange empty() {
        return new CompactRange(0, new ArrayList<>());
    }

    /**
     * Rebuilds the range of a tree of {@code size} leaves from the hashes of {@link #nodes(long)},
     * in that order.
     *
     * @throws IllegalArgumentException if the count of hashes is wrong or one is not 32 bytes
     */
    public static CompactRange restore(long size, List<byte[]> borderHashes) {
        if (borderHashes.size() != Long.bitCount(size)) {
            throw new IllegalArgumentException("a tree of size " + Long.toUnsignedString(size) + " needs "
                    + Long.bitCount(size) + " border hashes, got " + borderHashes.size());
        }
        List<byte[]> copy = new ArrayList<>(borderHashes.size());
        for (byte[] hash : borderHashes) {
            if (!Hashes.isHash(hash)) {
                throw new IllegalArgumentException("border hashes must be 32 bytes");
            }
            copy.add(hash.clone());
        }
        return new CompactRange(size, copy);
    }

    /** Rebuilds the range of a tree of {@code size} leaves from the stored nodes {@code reader} holds. */
    public static CompactRange restore(long size, HashReader reader) {
        return restore(size, reader.readHashes(nodes(size)));
    }

    /**
     * Returns the perfect subtrees that make up the tree [0, size), left to right: one per 1-bit of
     * {@code size} (unsigned), highest level first.
     */
    public static List<NodeId> nodes(long size) {
        List<NodeId> nodes = new ArrayList<>(Long.bitCount(size));
        for (int level = 63; level >= 0; level--) {
            if ((size >>> level & 1) == 1) {
                nodes.add(new NodeId(level, (size >>> level) - 1));
            }
        }
        return nodes;
    }

    /** Appends one leaf, given its {@link Hashes#leafHash leaf hash}. */
    public void append(byte[] leafHash) {
        append(leafHash, (node, hash) -> { });
    }

    /**
     * Appends one leaf and tells {@code visitor} about every node that becomes complete: the leaf
     * itself (level 0) and each parent it completes, lowest first. A log uses this to fill its tiles.
     *
     * @throws IllegalArgumentException if {@code leafHash} is not 32 bytes
     * @throws IllegalStateException if the tree already holds 2^64−1 leaves
     */
    public void append(byte[] leafHash, BiConsumer<NodeId, byte[]> visitor) {
        if (!Hashes.isHash(leafHash)) {
            throw new IllegalArgumentException("leaf hash must be 32 bytes");
        }
        if (size == -1L) {
            throw new IllegalStateException("the tree is full");
        }
        byte[] hash = leafHash.clone();
        visitor.accept(new NodeId(0, size), hash);
        int level = 0;
        while ((size >>> level & 1) == 1) {
            hash = Hashes.nodeHash(hashes.remove(hashes.size() - 1), hash);
            level++;
            visitor.accept(new NodeId(level, size >>> level), hash);
        }
        hashes.add(hash);
        size++;
    }

    /** Returns the root hash of the tree [0, size): MTH, or SHA-256() when empty. */
    public byte[] root() {
        if (hashes.isEmpty()) {
            return Hashes.emptyRoot();
        }
        byte[] root = hashes.get(hashes.size() - 1);
        for (int i = hashes.size() - 2; i >= 0; i--) {
            root = Hashes.nodeHash(hashes.get(i), root);
        }
        return root.clone();
    }

    /** Returns the number of leaves, unsigned. */
    public long size() {
        return size;
    }

    /** Returns copies of the border hashes, in the order of {@link #nodes(long)}. */
    public List<byte[]> hashes() {
        List<byte[]> copy = new ArrayList<>(hashes.size());
        hashes.forEach(hash -> copy.add(hash.clone()));
        return copy;
    }
}
