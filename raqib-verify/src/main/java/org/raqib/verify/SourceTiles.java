package org.raqib.verify;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.raqib.tlog.EntryBundle;
import org.raqib.tlog.Hashes;
import org.raqib.tlog.Tile;
import org.raqib.tlog.TileReader;

/**
 * The tiles and entry bundles of a log source. A tile or bundle that a signed checkpoint covers but the
 * source lacks, or one of the wrong length, is the log's fault: a {@link VerificationFailure} naming
 * the first leaf it covers. Proofs read the same few upper tiles again and again, so recent tiles are
 * cached. Thread-safe.
 */
final class SourceTiles implements TileReader {

    private static final int CACHED_TILES = 512;

    private final LogSource source;
    private final Map<Tile, byte[]> cache = new LinkedHashMap<>(CACHED_TILES, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Tile, byte[]> eldest) {
            return size() > CACHED_TILES;
        }
    };

    SourceTiles(LogSource source) {
        this.source = source;
    }

    /** Returns the level-0 tile {@code index} of a tree of {@code treeSize} leaves, partial at the right edge. */
    static Tile leafTile(long treeSize, long index) {
        long width = treeSize - index * Tile.FULL_WIDTH;
        return new Tile(0, index, (int) Math.min(Tile.FULL_WIDTH, width));
    }

    /** Returns the index of the first leaf under {@code tile}. */
    static long firstLeaf(Tile tile) {
        return tile.index() * Tile.FULL_WIDTH << (Tile.HEIGHT * tile.level());
    }

    @Override
    public byte[] readTile(Tile tile) {
        byte[] cached;
        synchronized (cache) {
            cached = cache.get(tile);
        }
        if (cached != null) {
            return cached;
        }
        byte[] data = fetchTile(tile);
        synchronized (cache) {
            cache.put(tile, data);
        }
        return data;
    }

    /** Reads a tile without caching it, as the sweep does for each level-0 tile once. */
    byte[] fetchTile(Tile tile) {
        byte[] data = read(tile.path(), tile);
        if (data.length != tile.width() * Hashes.SIZE) {
            throw new VerificationFailure(Failure.at(firstLeaf(tile), Rules.TILE_SIZE,
                    tile.path() + " holds " + data.length + " bytes, not " + tile.width() + " hashes"));
        }
        return data;
    }

    /** Reads the entry bundle beside a level-0 tile, which must hold exactly one entry per hash. */
    List<byte[]> fetchBundle(Tile tile) {
        byte[] data = read(tile.entriesPath(), tile);
        List<byte[]> leaves;
        try {
            leaves = EntryBundle.decode(data);
        } catch (IllegalArgumentException e) {
            throw new VerificationFailure(Failure.at(firstLeaf(tile), Rules.BUNDLE, tile.entriesPath() + ": " + e.getMessage()));
        }
        if (leaves.size() != tile.width()) {
            throw new VerificationFailure(Failure.at(firstLeaf(tile), Rules.BUNDLE,
                    tile.entriesPath() + " holds " + leaves.size() + " entries, not " + tile.width()));
        }
        return leaves;
    }

    private byte[] read(String path, Tile tile) {
        try {
            return source.read(path);
        } catch (SourceException e) {
            if (e.isNotFound()) {
                throw new VerificationFailure(Failure.at(firstLeaf(tile), Rules.MISSING_TILE,
                        path + " is missing, though the checkpoint covers it"));
            }
            throw e;
        }
    }
}
