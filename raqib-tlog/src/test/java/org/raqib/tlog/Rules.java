package org.raqib.tlog;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Asserts that something is refused for the named rule. */
final class Rules {

    private Rules() {
    }

    static void assertBreaks(Enum<?> rule, ThrowingCallable callable) {
        assertThatThrownBy(callable).isInstanceOf(TlogException.class)
                .extracting(e -> ((TlogException) e).rule()).isEqualTo(rule);
    }
}
