package org.raqib.tlog;

/** An entry that breaks a rule of Raqib's entry format ({@link Entry}) or of its verification ({@link EntryVerifier}). */
public final class EntryException extends TlogException {

    private static final long serialVersionUID = 1L;

    /** The rules of an entry. Format rules first, then verification rules. */
    public enum Rule {
        /** The signed entry is longer than {@link SignedEntry#MAX_SIZE} bytes. */
        TOO_LARGE,
        /** The first line is not {@code <origin> entry/v1} with a valid origin. */
        HEADER,
        /** A line that is not {@code <field> <value>}: empty, or with no value or doubled spaces. */
        LINE_SYNTAX,
        /** A line ending in a space. */
        TRAILING_SPACE,
        /** A field name with a non-ASCII character. */
        NON_ASCII_FIELD,
        /** A field this version does not define. */
        UNKNOWN_FIELD,
        /** A field other than {@code ref} that appears twice. */
        DUPLICATE_FIELD,
        /** Fields out of their fixed order. */
        FIELD_ORDER,
        /** A required field is absent. */
        MISSING_FIELD,
        /** A kind that is not {@code <module>.<event>/v<n>}. */
        KIND,
        /** A party that is not a valid key name. */
        PARTY,
        /** A sequence number that is not a decimal from 1, without leading zeros. */
        SEQ,
        /** A time that is not RFC 3339 UTC to the second, like {@code 2026-03-02T09:14:05Z}. */
        TIME,
        /** A seen checkpoint that is not {@code <size> <base64 root>}, or an empty tree with another root. */
        SEEN,
        /** A reference that is not {@code <index> <base64 leaf hash>}. */
        REF,
        /** A payload hash that is not the base64 of 32 bytes. */
        PAYLOAD_HASH,
        /** An entry of another log. */
        ORIGIN_MISMATCH,
        /** A kind the registry does not know. */
        UNKNOWN_KIND,
        /** A party key that the roster does not hold, valid at the entry's index. */
        PARTY_NOT_IN_ROSTER,
        /** A signature by a roster key that does not verify. */
        INVALID_SIGNATURE,
        /** A signature the kind requires is absent. */
        MISSING_SIGNATURE
    }

    private final Rule rule;

    /** Creates the exception. */
    public EntryException(Rule rule, String detail) {
        super(rule, detail);
        this.rule = rule;
    }

    @Override
    public Rule rule() {
        return rule;
    }
}
