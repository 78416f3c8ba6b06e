package org.raqib.text;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageDatesTests {

	@Test
	void readsAnOffsetTime() {
		assertThat(PageDates.parse("2025-01-21T09:15:00+02:00")).isEqualTo(Instant.parse("2025-01-21T07:15:00Z"));
	}

	@Test
	void readsAnOffsetWithoutColon() {
		assertThat(PageDates.parse("2025-01-21T09:15:00+0200")).isEqualTo(Instant.parse("2025-01-21T07:15:00Z"));
	}

	@Test
	void takesALocalTimeAsUtc() {
		assertThat(PageDates.parse("2025-01-21T09:15:00")).isEqualTo(Instant.parse("2025-01-21T09:15:00Z"));
	}

	@Test
	void takesABareDateAsUtcMidnight() {
		assertThat(PageDates.parse("2025-01-27")).isEqualTo(Instant.parse("2025-01-27T00:00:00Z"));
	}

	@Test
	void givesNothingForWordsOrNothing() {
		assertThat(PageDates.parse("21 يناير 2025")).isNull();
		assertThat(PageDates.parse(" ")).isNull();
		assertThat(PageDates.parse(null)).isNull();
	}

}
