package org.raqib.tlog;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * An entry bundle of a tiled log (C2SP tlog-tiles): the entries of one level-0 tile, each
 * preceded by its length as a big-endian uint16. Served at {@link Tile#entriesPath()}.
 */
public final class EntryBundle {

    /** The largest entry a bundle can hold. */
    public static final int MAX_ENTRY_SIZE = 0xffff;

    private EntryBundle() {
    }

    /**
     * Encodes up to 256 entries.
     *
     * @throws IllegalArgumentException if an entry is longer than 65,535 bytes or there are more than 256
     */
    public static byte[] encode(List<byte[]> entries) {
        if (entries.size() > Tile.FULL_WIDTH) {
            throw new IllegalArgumentException("a bundle holds at most 256 entries");
        }
        ByteArrayOutputStream bundle = new ByteArrayOutputStream();
        for (byte[] entry : entries) {
            if (entry.length > MAX_ENTRY_SIZE) {
                throw new IllegalArgumentException("an entry of " + entry.length + " bytes does not fit a bundle");
            }
            bundle.write(entry.length >>> 8);
            bundle.write(entry.length);
            bundle.writeBytes(entry);
        }
        return bundle.toByteArray();
    }

    /**
     * Decodes a bundle.
     *
     * @throws IllegalArgumentException if it is truncated or holds more than 256 entries
     */
    public static List<byte[]> decode(byte[] bundle) {
        ByteBuffer in = ByteBuffer.wrap(bundle);
        List<byte[]> entries = new ArrayList<>();
        while (in.hasRemaining()) {
            if (in.remaining() < 2 || entries.size() == Tile.FULL_WIDTH) {
                throw new IllegalArgumentException("malformed entry bundle");
            }
            int length = Short.toUnsignedInt(in.getShort());
            if (in.remaining() < length) {
                throw new IllegalArgumentException("truncated entry bundle");
            }
            byte[] entry = new byte[length];
            in.get(entry);
            entries.add(entry);
        }
        return entries;
    }
}
