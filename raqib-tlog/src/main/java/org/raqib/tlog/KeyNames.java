package org.raqib.tlog;

/**
 * Key names of C2SP signed notes, which also name Raqib's logs and parties: non-empty, with no
 * Unicode space and no {@code +} (which separates the parts of a key encoding) and no control
 * character.
 */
public final class KeyNames {

    private KeyNames() {
    }

    /** Returns whether {@code name} is a valid key name; {@code null} is not. */
    public static boolean isValid(String name) {
        return name != null && !name.isEmpty() && name.codePoints().noneMatch(KeyNames::isForbidden);
    }

    // Go's unicode.IsSpace, which the note format was written against, counts U+0085 and the
    // no-break spaces, which Character.isWhitespace does not.
    private static boolean isForbidden(int c) {
        return c == '+' || c < 0x20 || c == 0x7f || c == 0x85
                || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
