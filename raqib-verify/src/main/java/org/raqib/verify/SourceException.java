package org.raqib.verify;

/** A file of the log could not be read from its source; {@link #isNotFound()} tells an absent file from a failed read. */
final class SourceException extends CommandError {

    private static final long serialVersionUID = 1L;

    private final boolean notFound;

    private SourceException(String message, boolean notFound, Throwable cause) {
        super(message, cause);
        this.notFound = notFound;
    }

    static SourceException notFound(String what) {
        return new SourceException(what + " was not found", true, null);
    }

    static SourceException failed(String message, Throwable cause) {
        return new SourceException(message, false, cause);
    }

    boolean isNotFound() {
        return notFound;
    }
}
