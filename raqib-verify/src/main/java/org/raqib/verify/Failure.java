package org.raqib.verify;

import org.raqib.tlog.TlogException;

/**
 * One reason the log failed verification: the rule that was broken and, when the failure is about one
 * entry, that entry's index.
 *
 * @param index the index of the entry at fault, or {@code null} when the failure is about the whole log
 * @param rule the rule's name: a {@link TlogException} rule, or one of the verifier's own (README)
 * @param message what was wrong, for a person
 */
record Failure(Long index, String rule, String message) {

    static Failure of(String rule, String message) {
        return new Failure(null, rule, message);
    }

    static Failure at(long index, String rule, String message) {
        return new Failure(index, rule, message);
    }

    static Failure of(TlogException e) {
        return of(e.rule().name(), detail(e));
    }

    static Failure at(long index, TlogException e) {
        return at(index, e.rule().name(), detail(e));
    }

    /** Returns this failure with {@code prefix} before its message, to say which input it is about. */
    Failure about(String prefix) {
        return new Failure(index, rule, prefix + message);
    }

    // The library's messages start with the rule's name, which the report gives on its own.
    static String detail(TlogException e) {
        String prefix = e.rule().name() + ": ";
        String message = e.getMessage();
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }
}
