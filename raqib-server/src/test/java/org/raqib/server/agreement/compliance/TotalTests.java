package org.raqib.server.agreement.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The 33 held persons of phase 1 (19 January to 2 March 2025), released in nine rounds: 3, 4, 3, 3, 3, 3, 4, 6, 4. */
class TotalTests {

	private final Room room = Room.gaza();

	private final Obligation.Total heldPersons = new Obligation.Total("held-33", "phase-1/exchange", "side-b",
			this.room.window("2025-01-19T08:30", "2025-03-02T08:30"), Room.select("exchange.released", "party=side-b"), 33,
			"persons");

	private static final String[][] ROUNDS = { { "2025-01-19T16:00", "3" }, { "2025-01-25T11:00", "4" },
			{ "2025-01-30T12:00", "3" }, { "2025-02-01T10:00", "3" }, { "2025-02-08T10:00", "3" },
			{ "2025-02-15T10:00", "3" }, { "2025-02-20T10:00", "4" }, { "2025-02-22T10:00", "6" },
			{ "2025-02-27T01:00", "4" } };

	private List<Long> rounds(int count) {
		var indexes = new ArrayList<Long>();
		for (int round = 0; round < count; round++) {
			indexes.add(this.room.record(ROUNDS[round][0], "exchange.released", "side-b", Long.parseLong(ROUNDS[round][1]),
					"round=" + (round + 1)));
		}
		return indexes;
	}

	@Test
	void reachingTheTotalFulfilsItWithTheFactsThatReachedIt() {
		List<Long> all = rounds(9);
		Assessment assessment = this.room.latest(this.heldPersons, "2025-02-27T02:00");
		assertThat(assessment.status()).isEqualTo(Status.FULFILLED);
		assertThat(assessment.evidence()).containsExactlyElementsOf(all);
		assertThat(assessment.reasonArgs()).containsExactly(33L, 33L, "persons");
		assertThat(assessment.figures()).hasSize(10)
			.startsWith(new Assessment.Figure("running-total", LocalDate.parse("2025-01-19"), 3, 33),
					new Assessment.Figure("running-total", LocalDate.parse("2025-01-25"), 7, 33))
			.endsWith(new Assessment.Figure("total", null, 33, 33));
	}

	@Test
	void onTrackWhileTheCountKeepsUpWithAStraightLinePace() {
		rounds(4);
		Assessment assessment = this.room.latest(this.heldPersons, "2025-02-01T18:00");
		assertThat(assessment.status()).isEqualTo(Status.ON_TRACK);
		assertThat(assessment.reasonArgs()).containsExactly(13L, 33L, "persons");
	}

	@Test
	void atRiskWhenBehindThePace() {
		rounds(6);
		Assessment assessment = this.room.latest(this.heldPersons, "2025-02-16T12:00");
		assertThat(assessment.status()).isEqualTo(Status.AT_RISK);
		assertThat(assessment.reason()).isEqualTo("compliance.reason.total.behind");
		assertThat(assessment.reasonArgs()).containsExactly(19L, 33L, "persons", 22L);
	}

	@Test
	void breachedWhenTheWindowEndsShortWithEveryCountedFactAsEvidence() {
		List<Long> eight = rounds(8);
		Assessment assessment = this.room.latest(this.heldPersons, "2025-03-02T09:00");
		assertThat(assessment.status()).isEqualTo(Status.BREACHED);
		assertThat(assessment.evidence()).containsExactlyElementsOf(eight);
		assertThat(assessment.reasonArgs()).containsExactly(29L, 33L, "persons");
	}

	@Test
	void aQuotaOverTheWholeWindowIsATotal() {
		long[] counts = { 630, 915, 897, 808, 653, 339 };
		for (int day = 0; day < counts.length; day++) {
			this.room.record("2025-01-%dT12:00".formatted(19 + day), "aid.trucks", "side-a", counts[day]);
		}
		var sixDays = new Obligation.Quota("aid-six-days", "phase-1/aid", "side-a",
				this.room.window("2025-01-19T08:30", "2025-01-25T08:30"), Room.select("aid.trucks"), 3600,
				Obligation.Period.WINDOW, "trucks");
		Assessment assessment = this.room.latest(sixDays, "2025-01-25T09:00");
		assertThat(assessment.status()).isEqualTo(Status.FULFILLED);
		assertThat(assessment.evidence()).containsExactly(0L, 1L, 2L, 3L, 4L);
		assertThat(assessment.reasonArgs()).containsExactly(4242L, 3600L, "trucks");
	}

}
