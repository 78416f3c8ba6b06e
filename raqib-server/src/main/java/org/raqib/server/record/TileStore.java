package org.raqib.server.record;

import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.raqib.tlog.Hashes;
import org.raqib.tlog.Tile;
import org.raqib.tlog.TileHashReader;
import org.raqib.tlog.TileReader;
import org.springframework.stereotype.Component;

/**
 * A log's hash tiles: full tiles as stored (immutable, cached), partial tiles derived on demand from the
 * entries (level 0) or from the full tiles one level down, and cached by width.
 */
@Component
class TileStore {

	private static final int CACHED_TILES = 4096;

	private record Key(String log, int level, long index, int width) {
	}

	private final EntryStore entries;

	private final Map<Key, byte[]> cache = new LinkedHashMap<>(1024, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, byte[]> eldest) {
			return size() > CACHED_TILES;
		}

	};

	TileStore(EntryStore entries) {
		this.entries = entries;
	}

	TileReader reader(String log) {
		return tile -> read(log, tile);
	}

	byte[] read(String log, Tile tile) {
		var key = new Key(log, tile.level(), tile.index(), tile.width());
		byte[] cached = cached(key);
		if (cached != null) {
			return cached;
		}
		byte[] hashes = tile.isPartial() ? partial(log, tile) : full(log, tile);
		synchronized (this.cache) {
			this.cache.put(key, hashes);
		}
		return hashes;
	}

	/** Keeps the tiles a batch produced, so the next batch and the next proofs need not derive them again. */
	void remember(String log, Map<Tile, byte[]> tiles) {
		synchronized (this.cache) {
			tiles.forEach((tile, hashes) -> this.cache.put(new Key(log, tile.level(), tile.index(), tile.width()), hashes));
		}
	}

	private byte[] cached(Key key) {
		synchronized (this.cache) {
			return this.cache.get(key);
		}
	}

	private byte[] full(String log, Tile tile) {
		return this.entries.fullTile(log, tile.level(), tile.index())
			.orElseThrow(() -> new IllegalStateException("tile " + tile.path() + " of " + log + " is not stored"));
	}

	private byte[] partial(String log, Tile tile) {
		long first = tile.index() * Tile.FULL_WIDTH;
		if (tile.level() == 0) {
			return concat(this.entries.leafHashes(log, first, first + tile.width()));
		}
		var hashes = new ByteArrayOutputStream(tile.width() * Hashes.SIZE);
		for (int i = 0; i < tile.width(); i++) {
			byte[] below = read(log, new Tile(tile.level() - 1, first + i, Tile.FULL_WIDTH));
			hashes.writeBytes(TileHashReader.subtreeHash(below, 0, Tile.FULL_WIDTH));
		}
		return hashes.toByteArray();
	}

	private static byte[] concat(List<byte[]> hashes) {
		var out = new ByteArrayOutputStream(Math.min(hashes.size(), Tile.FULL_WIDTH) * Hashes.SIZE);
		hashes.forEach(out::writeBytes);
		return out.toByteArray();
	}

}
