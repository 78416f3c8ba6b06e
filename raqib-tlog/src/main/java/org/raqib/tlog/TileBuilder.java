package org.raqib.tlog;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the tiles that change when leaves are appended to a tiled log: each grown partial tile
 * and each new tile, at every level, as {@link Tile#newTiles} lists them.
 */
public final class TileBuilder {

    private TileBuilder() {
    }

    /**
     * Returns the new content of every tile that changes when {@code leafHashes} are appended to
     * the tree of {@code oldSize} leaves, in the order of {@link Tile#newTiles}.
     *
     * @param oldSize the tree size before, unsigned
     * @param leafHashes the hashes of the appended leaves, in order
     * @param oldTiles the tiles of the tree of {@code oldSize}; only its partial tiles are read
     * @throws IllegalArgumentException if a leaf hash is not 32 bytes or the tree would overflow
     */
    public static Map<Tile, byte[]> grow(long oldSize, List<byte[]> leafHashes, TileReader oldTiles) {
        long newSize = oldSize + leafHashes.size();
        if (Long.compareUnsigned(newSize, oldSize) < 0) {
            throw new IllegalArgumentException("the tree would hold more than 2^64-1 leaves");
        }
        Map<Tile, byte[]> tiles = new LinkedHashMap<>();
        List<byte[]> hashes = leafHashes;
        long oldN = oldSize;
        long newN = newSize;
        for (int level = 0; oldN != newN; level++) {
            hashes = growLevel(level, oldN, hashes, oldTiles, tiles);
            oldN >>>= Tile.HEIGHT;
            newN >>>= Tile.HEIGHT;
        }
        return tiles;
    }

    // Writes this level's tiles and returns the roots of the tiles it completed: the new nodes of the level above.
    private static List<byte[]> growLevel(int level, long oldN, List<byte[]> added, TileReader oldTiles,
            Map<Tile, byte[]> out) {
        long firstTile = oldN >>> Tile.HEIGHT;
        int kept = (int) (oldN & 0xff);
        ByteArrayOutputStream run = new ByteArrayOutputStream();
        if (kept > 0) {
            byte[] old = oldTiles.readTile(new Tile(level, firstTile, kept));
            if (old.length < kept * Hashes.SIZE) {
                throw new IllegalArgumentException("the stored tile at level " + level + " is too short");
            }
            run.write(old, 0, kept * Hashes.SIZE);
        }
        for (byte[] hash : added) {
            if (!Hashes.isHash(hash)) {
                throw new IllegalArgumentException("hashes must be 32 bytes");
            }
            run.writeBytes(hash);
        }
        byte[] all = run.toByteArray();
        int tileBytes = Tile.FULL_WIDTH * Hashes.SIZE;
        List<byte[]> roots = new ArrayList<>();
        for (int offset = 0; offset < all.length; offset += tileBytes) {
            int width = Math.min(Tile.FULL_WIDTH, (all.length - offset) / Hashes.SIZE);
            byte[] data = Arrays.copyOfRange(all, offset, offset + width * Hashes.SIZE);
            out.put(new Tile(level, firstTile + offset / tileBytes, width), data);
            if (width == Tile.FULL_WIDTH) {
                roots.add(TileHashReader.subtreeHash(data, 0, Tile.FULL_WIDTH));
            }
        }
        return roots;
    }
}
