package org.raqib.tlog;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Strict reading of the line-based texts of C2SP and Raqib: newline-terminated lines and decimals. */
final class Lines {

    private Lines() {
    }

    /** Returns the lines of {@code text}, or empty unless every line, the last included, ends in a newline. */
    static Optional<List<String>> split(String text) {
        if (text.isEmpty() || !text.endsWith("\n")) {
            return Optional.empty();
        }
        return Optional.of(Arrays.asList(text.substring(0, text.length() - 1).split("\n", -1)));
    }

    /**
     * Returns the unsigned 64-bit number {@code text} spells in ASCII decimal with no leading zero,
     * or empty if it spells none.
     */
    static Optional<Long> decimal(String text) {
        if (!text.matches("0|[1-9][0-9]{0,19}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseUnsignedLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
