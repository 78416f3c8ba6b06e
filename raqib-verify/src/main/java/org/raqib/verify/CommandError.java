package org.raqib.verify;

/**
 * The check could not be made: bad arguments, an unreachable server, an unreadable state directory.
 * Says nothing about the log. Exit code 2.
 */
class CommandError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CommandError(String message) {
        super(message);
    }

    CommandError(String message, Throwable cause) {
        super(message, cause);
    }
}
