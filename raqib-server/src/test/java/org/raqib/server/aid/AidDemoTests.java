package org.raqib.server.aid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The demo's aid days: every day of the 42-day phase, met on most, missed on some, fewer during the tension. */
class AidDemoTests {

	@Test
	void theDaysCoverThePhaseWithoutAGap() {
		var days = new ArrayList<LocalDate>();
		Stream.concat(DemoAid.DAYS.stream(), DemoAid.LATER.stream()).forEach(d -> days.add(LocalDate.parse(d.date())));

		assertThat(days).hasSize(42).startsWith(LocalDate.parse("2025-01-19")).endsWith(LocalDate.parse("2025-03-01"));
		for (int i = 1; i < days.size(); i++) {
			assertThat(days.get(i)).isEqualTo(days.get(i - 1).plusDays(1));
		}
	}

	@Test
	void theQuotaIsMissedThroughTheTensionOf10To15FebruaryAndMetOnMostLaterDays() {
		assertThat(DemoAid.LATER).filteredOn(d -> d.date().compareTo("2025-02-10") >= 0 && d.date().compareTo("2025-02-14") <= 0)
			.allMatch(d -> d.crossed() < 600);
		long met = DemoAid.LATER.stream().filter(d -> d.crossed() >= 600 && d.fuel() >= 50 && d.north() >= 300).count();
		assertThat(met).isGreaterThan(DemoAid.LATER.size() / 2).isLessThan(DemoAid.LATER.size());
	}

	@Test
	void noChunkExceedsAHundredTrucks() {
		DemoAid.LATER.forEach(d -> assertThat(DemoAid.chunks(d)).allMatch(c -> c.trucks() <= 100 && c.trucks() > 0));
	}

}
