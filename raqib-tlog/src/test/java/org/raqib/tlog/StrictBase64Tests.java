package org.raqib.tlog;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StrictBase64Tests {

    @Test
    void decodesCanonicalPaddedBase64() {
        assertThat(StrictBase64.decode("AQI=")).hasValueSatisfying(b -> assertThat(b).containsExactly(1, 2));
    }

    @Test
    void rejectsMissingPadding() {
        assertThat(StrictBase64.decode("AQI")).isEmpty();
    }

    @Test
    void rejectsNonZeroUnusedBits() {
        assertThat(StrictBase64.decode("AQL=")).isEmpty();
    }

    @Test
    void rejectsUrlSafeAlphabet() {
        assertThat(StrictBase64.decode("-_8=")).isEmpty();
    }

    @Test
    void rejectsSpaces() {
        assertThat(StrictBase64.decode("AQ I=")).isEmpty();
    }

    @Test
    void decodesHashOnlyOfThirtyTwoBytes() {
        assertThat(StrictBase64.decodeHash(StrictBase64.encode(new byte[31]))).isEmpty();
    }
}
