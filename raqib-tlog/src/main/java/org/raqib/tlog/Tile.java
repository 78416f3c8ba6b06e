package org.raqib.tlog;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tile of a tiled log (C2SP tlog-tiles): {@code width} consecutive node hashes at tree level
 * {@code 8 × level}, starting at node {@code 256 × index}. Level 0 holds leaf hashes; each level
 * holds the roots of the full tiles below. A tile of width 256 is full; a narrower one is the
 * partial tile at the right edge of the tree.
 *
 * <p>Paths: {@code tile/<L>/<N>[.p/<W>]} for hashes and {@code tile/entries/<N>[.p/<W>]} for the
 * entry bundle beside a level-0 tile, with N written in 3-digit groups: 1234067 is
 * {@code x001/x234/067}.
 *
 * @param level the tile level, 0..63
 * @param index the tile index within its level, unsigned
 * @param width the number of hashes, 1..256
 */
public record Tile(int level, long index, int width) {

    /** Tree levels per tile level. */
    public static final int HEIGHT = 8;
    /** Hashes in a full tile. */
    public static final int FULL_WIDTH = 256;

    private static final String N = "((?:x[0-9]{3}/)*[0-9]{3})";
    private static final String W = "(?:\\.p/([0-9]{1,3}))?";
    private static final Pattern HASH_PATH = Pattern.compile("tile/([0-9]{1,2})/" + N + W);
    private static final Pattern ENTRIES_PATH = Pattern.compile("tile/entries/" + N + W);

    /** Checks the level and the width. */
    public Tile {
        if (level < 0 || level > 63 || width < 1 || width > FULL_WIDTH) {
            throw new IllegalArgumentException("need level 0..63 and width 1..256, got " + level + " and " + width);
        }
    }

    /** Returns whether this is a partial tile. */
    public boolean isPartial() {
        return width < FULL_WIDTH;
    }

    /** Returns the path of this hash tile, e.g. {@code tile/0/x001/x234/067.p/8}. */
    public String path() {
        return "tile/" + level + "/" + indexPath();
    }

    /**
     * Returns the path of the entry bundle beside this level-0 tile, e.g. {@code tile/entries/000.p/15}.
     *
     * @throws IllegalStateException if this tile is not at level 0
     */
    public String entriesPath() {
        if (level != 0) {
            throw new IllegalStateException("entry bundles go with level-0 tiles");
        }
        return "tile/entries/" + indexPath();
    }

    /**
     * Parses the path of a hash tile; only the canonical spelling is accepted.
     *
     * @throws IllegalArgumentException if it is not a hash tile path
     */
    public static Tile parsePath(String path) {
        Matcher m = HASH_PATH.matcher(path);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a tile path: " + path);
        }
        return canonical(path, Integer.parseInt(m.group(1)), m.group(2), m.group(3), false);
    }

    /**
     * Parses the path of an entry bundle and returns its level-0 tile.
     *
     * @throws IllegalArgumentException if it is not an entry bundle path
     */
    public static Tile parseEntriesPath(String path) {
        Matcher m = ENTRIES_PATH.matcher(path);
        if (!m.matches()) {
            throw new IllegalArgumentException("not an entry bundle path: " + path);
        }
        return canonical(path, 0, m.group(1), m.group(2), true);
    }

    /** Returns every tile of a tree of {@code size} leaves, full and partial, level by level. */
    public static List<Tile> tiles(long size) {
        return newTiles(0, size);
    }

    /**
     * Returns the tiles that are new or grown when the tree grows from {@code oldSize} to
     * {@code newSize} leaves (unsigned), level by level, as Go's {@code tlog.NewTiles}.
     */
    public static List<Tile> newTiles(long oldSize, long newSize) {
        if (Long.compareUnsigned(oldSize, newSize) > 0) {
            throw new IllegalArgumentException("the tree cannot shrink");
        }
        List<Tile> tiles = new ArrayList<>();
        for (int level = 0; level * HEIGHT < 64; level++) {
            long oldN = oldSize >>> (level * HEIGHT);
            long newN = newSize >>> (level * HEIGHT);
            if (oldN == newN) {
                break;
            }
            for (long n = oldN >>> HEIGHT; Long.compareUnsigned(n, newN >>> HEIGHT) < 0; n++) {
                tiles.add(new Tile(level, n, FULL_WIDTH));
            }
            int partial = (int) (newN & 0xff);
            if (partial > 0) {
                tiles.add(new Tile(level, newN >>> HEIGHT, partial));
            }
        }
        return tiles;
    }

    /** Returns the nodes whose hashes this tile holds, in order. */
    public List<NodeId> nodes() {
        List<NodeId> nodes = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
            nodes.add(new NodeId(level * HEIGHT, index * FULL_WIDTH + i));
        }
        return nodes;
    }

    /** Returns the tile's content, its hashes concatenated, read from {@code reader}. */
    public byte[] hashes(HashReader reader) {
        byte[] data = new byte[width * Hashes.SIZE];
        List<byte[]> hashes = reader.readHashes(nodes());
        for (int i = 0; i < width; i++) {
            System.arraycopy(hashes.get(i), 0, data, i * Hashes.SIZE, Hashes.SIZE);
        }
        return data;
    }

    private String indexPath() {
        String digits = Long.toUnsignedString(index);
        digits = "0".repeat((3 - digits.length() % 3) % 3) + digits;
        StringBuilder path = new StringBuilder();
        for (int i = 0; i + 3 < digits.length(); i += 3) {
            path.append('x').append(digits, i, i + 3).append('/');
        }
        path.append(digits, digits.length() - 3, digits.length());
        return isPartial() ? path + ".p/" + width : path.toString();
    }

    // Accepts a path only as this record would write it: no extra leading groups, no ".p/256".
    private static Tile canonical(String path, int level, String groups, String width, boolean entries) {
        try {
            long index = Long.parseUnsignedLong(groups.replace("x", "").replace("/", ""));
            Tile tile = new Tile(level, index, width == null ? FULL_WIDTH : Integer.parseInt(width));
            if ((entries ? tile.entriesPath() : tile.path()).equals(path)) {
                return tile;
            }
        } catch (IllegalArgumentException e) {
            // Falls through to the rejection below.
        }
        throw new IllegalArgumentException("not a canonical tile path: " + path);
    }
}
