package org.raqib.tlog;

/** A checkpoint text that breaks a rule of C2SP tlog-checkpoint, or one of Raqib's stricter rules. */
public final class CheckpointException extends TlogException {

    private static final long serialVersionUID = 1L;

    /** The rules of a checkpoint. */
    public enum Rule {
        /** Not three newline-terminated lines. */
        MALFORMED_TEXT,
        /** Lines after the root hash: allowed by C2SP, refused by Raqib (tlog.md §8.8). */
        EXTENSION_LINES,
        /** An origin that is not a valid key name. */
        ORIGIN,
        /** A size that is not an unsigned decimal without leading zeros. */
        SIZE,
        /** A root that is not the canonical base64 of 32 bytes. */
        ROOT,
        /** A tree of size 0 whose root is not SHA-256(). */
        EMPTY_TREE_ROOT,
        /** A checkpoint of another log. */
        ORIGIN_MISMATCH
    }

    private final Rule rule;

    /** Creates the exception. */
    public CheckpointException(Rule rule, String detail) {
        super(rule, detail);
        this.rule = rule;
    }

    @Override
    public Rule rule() {
        return rule;
    }
}
