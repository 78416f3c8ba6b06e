package org.raqib.verify;

import java.nio.file.Path;
import java.util.List;

/** Stops a check at the first failure: the log (or a receipt, or a checkpoint) is not what it must be. Exit code 1. */
final class VerificationFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Failure failure;
    private final transient List<Path> evidence;

    VerificationFailure(Failure failure) {
        this(failure, List.of());
    }

    VerificationFailure(Failure failure, List<Path> evidence) {
        super(failure.rule() + ": " + failure.message());
        this.failure = failure;
        this.evidence = List.copyOf(evidence);
    }

    Failure failure() {
        return failure;
    }

    /** Files saved as evidence of the failure, such as a conflicting signed checkpoint. */
    List<Path> evidence() {
        return evidence;
    }
}
