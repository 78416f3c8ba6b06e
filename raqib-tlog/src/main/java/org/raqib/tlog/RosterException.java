package org.raqib.tlog;

/** A roster that breaks a rule of the {@code roster/v1} format. */
public final class RosterException extends TlogException {

    private static final long serialVersionUID = 1L;

    /** The rules of a roster. */
    public enum Rule {
        /** Not newline-terminated lines of single-space-separated words. */
        MALFORMED_TEXT,
        /** The first line is not {@code <origin> roster/v1} with a valid origin. */
        HEADER,
        /** A line that starts with neither {@code party} nor {@code key}. */
        UNKNOWN_LINE,
        /** A party name that is not a valid key name. */
        PARTY_NAME,
        /** A party listed twice. */
        DUPLICATE_PARTY,
        /** A party without roles, or a role that is not lower-case letters, digits and hyphens, or repeated. */
        ROLE,
        /** A key line before any party line, or for a party the roster does not list. */
        UNKNOWN_PARTY,
        /** A key that is not an Ed25519 (type 0x01) vkey. */
        KEY,
        /** An Ed25519 key that is not canonical or not of prime order. */
        WEAK_KEY,
        /** A key name that is not the party's name or under it, or a custodial name that is not {@code <party>/custodial}. */
        KEY_NAME,
        /** The same key (name and key ID) listed twice. */
        DUPLICATE_KEY,
        /** A validity that is not {@code <from> [<until>]} with from &lt; until. */
        VALIDITY
    }

    private final Rule rule;

    /** Creates the exception. */
    public RosterException(Rule rule, String detail) {
        super(rule, detail);
        this.rule = rule;
    }

    @Override
    public Rule rule() {
        return rule;
    }
}
