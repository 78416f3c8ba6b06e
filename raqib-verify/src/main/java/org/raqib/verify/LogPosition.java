package org.raqib.verify;

import java.util.List;
import java.util.Map;

import org.raqib.tlog.CompactRange;

/**
 * Where a verified prefix of the log ends, and what checking the entries after it needs: the compact
 * range of the tree, the last seq under each party key name, and the roster in force. The state
 * directory keeps it between runs, so that each run checks only new entries.
 *
 * @param size the number of entries verified
 * @param range the border hashes of the tree of {@code size} leaves ({@link CompactRange#hashes()})
 * @param seqs the last seq under each party key name
 * @param roster the roster in force after entry {@code size - 1}, or {@code null} before entry 0
 */
record LogPosition(long size, List<byte[]> range, Map<String, Long> seqs, RosterInForce roster) {

    LogPosition {
        range = List.copyOf(range);
        seqs = Map.copyOf(seqs);
    }

    /** The start of every log. */
    static LogPosition empty() {
        return new LogPosition(0, List.of(), Map.of(), null);
    }

    /** Returns the compact range, ready to grow. */
    CompactRange compactRange() {
        return CompactRange.restore(size, range);
    }
}
