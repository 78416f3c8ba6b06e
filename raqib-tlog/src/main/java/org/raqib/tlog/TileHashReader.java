package org.raqib.tlog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads node hashes out of the tiles of a tree of a given size, so that proofs and compact ranges
 * can be built from tiles alone. A node at a level between tile levels is hashed from the at most
 * 128 hashes below it in one tile. Each tile is read once per call.
 */
public final class TileHashReader implements HashReader {

    private final long treeSize;
    private final TileReader tiles;

    /** Reads the tiles of the tree of {@code treeSize} leaves (unsigned) from {@code tiles}. */
    public TileHashReader(long treeSize, TileReader tiles) {
        this.treeSize = treeSize;
        this.tiles = tiles;
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException if a node is not complete in the tree, or a tile is too short
     */
    @Override
    public List<byte[]> readHashes(List<NodeId> nodes) {
        Map<Tile, byte[]> read = new HashMap<>();
        List<byte[]> hashes = new ArrayList<>(nodes.size());
        for (NodeId node : nodes) {
            hashes.add(readHash(node, read));
        }
        return hashes;
    }

    private byte[] readHash(NodeId node, Map<Tile, byte[]> read) {
        long end = node.begin() + node.width();
        if (node.begin() >>> node.level() != node.index() || end == 0 || Long.compareUnsigned(end, treeSize) > 0) {
            throw new IllegalArgumentException("node " + node + " is not complete in a tree of "
                    + Long.toUnsignedString(treeSize));
        }
        int tileLevel = node.level() / Tile.HEIGHT;
        int below = node.level() % Tile.HEIGHT;
        long first = node.index() << below;
        Tile tile = tileHolding(tileLevel, first >>> Tile.HEIGHT);
        byte[] data = read.computeIfAbsent(tile, tiles::readTile);
        if (data.length < tile.width() * Hashes.SIZE) {
            throw new IllegalArgumentException("tile " + tile.path() + " is too short");
        }
        return subtreeHash(data, (int) (first & 0xff), 1 << below);
    }

    private Tile tileHolding(int level, long index) {
        long nodesAtLevel = treeSize >>> (level * Tile.HEIGHT);
        long width = nodesAtLevel - index * Tile.FULL_WIDTH;
        return new Tile(level, index, (int) Math.min(Tile.FULL_WIDTH, width));
    }

    /**
     * Returns the root of the perfect subtree over {@code count} (a power of two) hashes of a tile from
     * {@code pos}; for a full tile, {@code subtreeHash(tile, 0, 256)} is the node one tile level up.
     */
    public static byte[] subtreeHash(byte[] tile, int pos, int count) {
        byte[][] level = new byte[count][];
        for (int i = 0; i < count; i++) {
            int from = (pos + i) * Hashes.SIZE;
            level[i] = Arrays.copyOfRange(tile, from, from + Hashes.SIZE);
        }
        for (int n = count; n > 1; n /= 2) {
            for (int i = 0; i < n / 2; i++) {
                level[i] = Hashes.nodeHash(level[2 * i], level[2 * i + 1]);
            }
        }
        return level[0];
    }
}
