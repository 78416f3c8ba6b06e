package org.raqib.verify;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

import org.raqib.tlog.Hashes;
import org.raqib.tlog.NodeId;
import org.raqib.tlog.Tile;
import org.raqib.tlog.TileReader;

/**
 * Checks the upper tiles (levels 1 and up) against the nodes that the entries themselves give, as the
 * sweep's compact range completes them, so that every tile the new entries touch is audited, not only
 * the few that proofs read (tlog.md §6.7 item 7). Level-0 tiles are checked leaf by leaf by the sweep.
 */
final class TileAudit implements BiConsumer<NodeId, byte[]> {

    // The nodes completed so far in the one open tile of each tile level.
    private static final class OpenTile {
        final long index;
        final int first;
        final ByteArrayOutputStream hashes = new ByteArrayOutputStream();

        OpenTile(long index, int first) {
            this.index = index;
            this.first = first;
        }
    }

    private final long treeSize;
    private final TileReader tiles;
    private final Map<Integer, OpenTile> open = new HashMap<>();

    /** Audits the tiles of the tree of {@code treeSize} leaves. */
    TileAudit(long treeSize, TileReader tiles) {
        this.treeSize = treeSize;
        this.tiles = tiles;
    }

    @Override
    public void accept(NodeId node, byte[] hash) {
        if (node.level() == 0 || node.level() % Tile.HEIGHT != 0) {
            return;
        }
        int level = node.level() / Tile.HEIGHT;
        int position = (int) (node.index() % Tile.FULL_WIDTH);
        OpenTile tile = open.computeIfAbsent(level, l -> new OpenTile(node.index() / Tile.FULL_WIDTH, position));
        tile.hashes.writeBytes(hash);
        if (position == Tile.FULL_WIDTH - 1) {
            compare(level, open.remove(level), Tile.FULL_WIDTH);
        }
    }

    /**
     * Checks the partial tiles at the tree's right edge; call after the last leaf.
     *
     * @throws VerificationFailure {@code TILE_HASH}
     */
    void finish() {
        open.forEach((level, tile) -> compare(level, tile,
                (int) ((treeSize >>> (Tile.HEIGHT * level)) - tile.index * Tile.FULL_WIDTH)));
        open.clear();
    }

    private void compare(int level, OpenTile tile, int width) {
        byte[] served = tiles.readTile(new Tile(level, tile.index, width));
        byte[] computed = tile.hashes.toByteArray();
        for (int k = 0; k < computed.length / Hashes.SIZE; k++) {
            int at = (tile.first + k) * Hashes.SIZE;
            if (!Arrays.equals(computed, k * Hashes.SIZE, (k + 1) * Hashes.SIZE, served, at, at + Hashes.SIZE)) {
                NodeId node = new NodeId(level * Tile.HEIGHT, tile.index * Tile.FULL_WIDTH + tile.first + k);
                throw new VerificationFailure(Failure.at(node.begin(), Rules.TILE_HASH, "tile " + new Tile(level, tile.index, width).path()
                        + " holds another hash for the entries from " + node.begin() + " than they give"));
            }
        }
    }
}
