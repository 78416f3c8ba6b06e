package org.raqib.tlog;

/**
 * Something this library refused, naming the rule that was broken. Every subclass carries an enum
 * of its rules, so a server can answer with the rule's name and a test can assert on it.
 */
public abstract class TlogException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates an exception for a broken rule, with a message that says what was wrong. */
    protected TlogException(Enum<?> rule, String detail) {
        super(rule.name() + ": " + detail);
    }

    /** Returns the rule that was broken. */
    public abstract Enum<?> rule();
}
