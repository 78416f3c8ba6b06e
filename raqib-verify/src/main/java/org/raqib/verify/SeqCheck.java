package org.raqib.verify;

import java.util.HashMap;
import java.util.Map;

import org.raqib.tlog.Entry;

/**
 * The rule {@code SEQ}: under each {@code party} key name, seq runs 1, 2, 3… with no gap (an entry
 * withheld) and no repeat (an entry replayed). Entries must be given in index order.
 */
final class SeqCheck {

    private final Map<String, Long> last;

    SeqCheck(Map<String, Long> last) {
        this.last = new HashMap<>(last);
    }

    /**
     * @throws VerificationFailure {@code SEQ} at {@code index}
     */
    void check(long index, Entry entry) {
        long previous = last.getOrDefault(entry.party(), 0L);
        if (Long.compareUnsigned(entry.seq(), previous) <= 0) {
            throw fail(index, entry, "repeats a seq: the last entry of " + entry.party() + " had seq " + Long.toUnsignedString(previous));
        }
        if (entry.seq() != previous + 1) {
            throw fail(index, entry, "leaves a gap: the last entry of " + entry.party() + " had seq " + Long.toUnsignedString(previous));
        }
        last.put(entry.party(), entry.seq());
    }

    /** Returns the last seq under each key name. */
    Map<String, Long> last() {
        return Map.copyOf(last);
    }

    private static VerificationFailure fail(long index, Entry entry, String message) {
        return new VerificationFailure(Failure.at(index, Rules.SEQ, "seq " + Long.toUnsignedString(entry.seq()) + " " + message));
    }
}
