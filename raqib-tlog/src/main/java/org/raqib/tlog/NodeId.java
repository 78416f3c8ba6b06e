package org.raqib.tlog;

/**
 * A node of the Merkle tree: the root of the perfect subtree at {@code level} (0 for leaves)
 * that covers leaves {@code [index << level, (index + 1) << level)}.
 *
 * <p>{@code index} is an unsigned 64-bit number. Tiles store nodes by these coordinates, and a
 * {@link HashReader} returns their hashes.
 *
 * @param level height above the leaves, 0..63
 * @param index position among the nodes of that level, unsigned
 */
public record NodeId(int level, long index) {

    /** Checks the level. */
    public NodeId {
        if (level < 0 || level > 63) {
            throw new IllegalArgumentException("level must be 0..63, got " + level);
        }
    }

    /** Returns the first leaf index under this node. */
    public long begin() {
        return index << level;
    }

    /** Returns the number of leaves under this node, 2^level. */
    public long width() {
        return 1L << level;
    }

    @Override
    public String toString() {
        return "(" + level + ", " + Long.toUnsignedString(index) + ")";
    }
}
