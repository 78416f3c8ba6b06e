package org.raqib.tlog;

/** A source of stored tiles: a log's database or files, or its HTTP endpoint. */
@FunctionalInterface
public interface TileReader {

    /**
     * Returns the content of a tile, {@code width × 32} bytes. A wider version of the same tile
     * will do, since tiles only ever grow: only the first {@code width} hashes are used.
     *
     * @throws RuntimeException if the tile cannot be read (wrap I/O errors in
     *     {@link java.io.UncheckedIOException})
     */
    byte[] readTile(Tile tile);
}
