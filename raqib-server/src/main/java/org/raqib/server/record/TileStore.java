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

	/** Roots of full tiles (immutable): 32 bytes each, so a million of them fit in 32 MiB. */
	private final Map<Key, byte[]> roots = new LinkedHashMap<>(1024, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, byte[]> eldest) {
			return size() > 1_000_000;
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

	/**
	 * A partial tile: its first hashes are those of the full tile once the log has grown past it (a wider
	 * tile serves, tiles only grow); otherwise the entries' leaf hashes (level 0) or the roots of the full
	 * tiles one level down, each root computed once.
	 */
	private byte[] partial(String log, Tile tile) {
		var full = this.entries.fullTile(log, tile.level(), tile.index());
		if (full.isPresent()) {
			return full.get();
		}
		long first = tile.index() * Tile.FULL_WIDTH;
		if (tile.level() == 0) {
			return concat(this.entries.leafHashes(log, first, first + tile.width()));
		}
		var hashes = new ByteArrayOutputStream(tile.width() * Hashes.SIZE);
		for (int i = 0; i < tile.width(); i++) {
			hashes.writeBytes(root(log, tile.level() - 1, first + i));
		}
		return hashes.toByteArray();
	}

	private byte[] root(String log, int level, long index) {
		var key = new Key(log, level, index, 0);
		synchronized (this.roots) {
			byte[] root = this.roots.get(key);
			if (root != null) {
				return root;
			}
		}
		byte[] root = TileHashReader.subtreeHash(read(log, new Tile(level, index, Tile.FULL_WIDTH)), 0, Tile.FULL_WIDTH);
		synchronized (this.roots) {
			this.roots.put(key, root);
		}
		return root;
	}

	private static byte[] concat(List<byte[]> hashes) {
		var out = new ByteArrayOutputStream(Math.min(hashes.size(), Tile.FULL_WIDTH) * Hashes.SIZE);
		hashes.forEach(out::writeBytes);
		return out.toByteArray();
	}

}
