package org.raqib.server.agreement.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** 600 trucks a day in Gaza from 19 January 2025 (OCHA's counts of the first six days: 630, 915, 897, 808, 653, 339). */
class DailyQuotaTests {

	private final Room room = Room.gaza();

	private final Obligation.Quota trucks = new Obligation.Quota("aid-600", "phase-1/aid", "side-a",
			this.room.window("2025-01-19T08:30", "2025-03-02T08:30"), Room.select("aid.trucks", "stage=crossed"), 600,
			Obligation.Period.DAY, "trucks");

	private void firstSixDays() {
		long[] counts = { 630, 915, 897, 808, 653, 339 };
		for (int day = 0; day < counts.length; day++) {
			this.room.record("2025-01-%dT12:00".formatted(19 + day), "aid.trucks", "side-a", counts[day], "stage=crossed");
		}
	}

	private static Assessment.Figure figure(String label, String day, long value) {
		return new Assessment.Figure(label, LocalDate.parse(day), value, 600);
	}

	@Test
	void aCompleteDayBelowTheQuotaBreachesItWithThatDaysFactsAsEvidence() {
		firstSixDays();
		Assessment assessment = this.room.latest(this.trucks, "2025-01-25T10:00");
		assertThat(assessment.status()).isEqualTo(Status.BREACHED);
		assertThat(assessment.evidence()).containsExactly(5L);
		assertThat(assessment.reason()).isEqualTo("compliance.reason.quota.day-below");
		assertThat(assessment.reasonArgs()).containsExactly(1L, 600L, "trucks", "2025-01-24", 339L);
		assertThat(assessment.figures()).containsExactly(figure("partial-day", "2025-01-19", 630),
				figure("day", "2025-01-20", 915), figure("day", "2025-01-21", 897), figure("day", "2025-01-22", 808),
				figure("day", "2025-01-23", 653), figure("day", "2025-01-24", 339), figure("today", "2025-01-25", 0));
	}

	@Test
	void thePartialFirstDayIsShownButNeverBreachesIt() {
		this.room.record("2025-01-19T16:00", "aid.trucks", "side-a", 200, "stage=crossed");
		this.room.record("2025-01-20T00:10", "aid.trucks", "side-a", 915, "stage=crossed");
		Assessment assessment = this.room.latest(this.trucks, "2025-01-21T00:00");
		assertThat(assessment.status()).isEqualTo(Status.ON_TRACK);
		assertThat(assessment.reasonArgs()).containsExactly(1L, 600L, "trucks");
		assertThat(assessment.figures()).startsWith(figure("partial-day", "2025-01-19", 200), figure("day", "2025-01-20", 915));
	}

	@Test
	void theCurrentDayIsAtRiskWhileBehindThePaceOfTheQuota() {
		this.room.record("2025-01-20T12:00", "aid.trucks", "side-a", 915, "stage=crossed");
		long today = this.room.record("2025-01-21T05:00", "aid.trucks", "side-a", 200, "stage=crossed");
		assertThat(this.room.latest(this.trucks, "2025-01-21T06:00").status()).isEqualTo(Status.ON_TRACK);
		Assessment afternoon = this.room.latest(this.trucks, "2025-01-21T14:00");
		assertThat(afternoon.status()).isEqualTo(Status.AT_RISK);
		assertThat(afternoon.evidence()).containsExactly(today);
		assertThat(afternoon.reason()).isEqualTo("compliance.reason.quota.today-behind");
		assertThat(afternoon.reasonArgs()).containsExactly(200L, "trucks", 350L, 600L);
	}

	@Test
	void aWindowEndedWithEveryCompleteDayMetIsFulfilled() {
		firstSixDays();
		var threeDays = new Obligation.Quota("aid-600", "phase-1/aid", "side-a",
				this.room.window("2025-01-20T00:00", "2025-01-23T00:00"), this.trucks.counted(), 600,
				Obligation.Period.DAY, "trucks");
		Assessment assessment = this.room.latest(threeDays, "2025-01-28T00:00");
		assertThat(assessment.status()).isEqualTo(Status.FULFILLED);
		assertThat(assessment.reasonArgs()).containsExactly(3L, 600L, "trucks");
		assertThat(assessment.figures()).extracting(Assessment.Figure::value).containsExactly(915L, 897L, 808L);
	}

	@Test
	void daysBeginAtMidnightInTheAgreementsTimeZone() {
		// 23:30 in Gaza is 21:30 UTC: still 20 January there.
		this.room.record("2025-01-20T23:30", "aid.trucks", "side-a", 600, "stage=crossed");
		Assessment assessment = this.room.latest(this.trucks, "2025-01-21T00:00");
		assertThat(assessment.status()).isEqualTo(Status.ON_TRACK);
		assertThat(assessment.figures()).contains(figure("day", "2025-01-20", 600));
	}

	@Test
	void onlyTheSelectedFactsCount() {
		var fuel = new Obligation.Quota("aid-fuel", "phase-1/aid", "side-a", this.trucks.window(),
				Room.select("aid.trucks", "cargo=fuel"), 50, Obligation.Period.DAY, "trucks");
		this.room.record("2025-01-20T09:00", "aid.trucks", "side-a", 560, "cargo=food");
		long fuelled = this.room.record("2025-01-20T10:00", "aid.trucks", "side-a", 40, "cargo=fuel");
		Assessment assessment = this.room.latest(fuel, "2025-01-21T01:00");
		assertThat(assessment.status()).isEqualTo(Status.BREACHED);
		assertThat(assessment.evidence()).containsExactly(fuelled);
		assertThat(assessment.reasonArgs()).containsExactly(1L, 50L, "trucks", "2025-01-20", 40L);
	}

	@Test
	void pendingBeforeTheWindowStarts() {
		Assessment assessment = this.room.latest(this.trucks, "2025-01-19T08:00");
		assertThat(assessment.status()).isEqualTo(Status.PENDING);
		assertThat(assessment.reason()).isEqualTo("compliance.reason.pending");
		assertThat(assessment.reasonArgs()).containsExactly("2025-01-19 08:30");
	}

	@Test
	void notAssessableWhenNoModuleRecordsTheMeasure() {
		var engine = Compliance.over(this.room.facts, List.of());
		Assessment assessment = engine
			.assess(this.room.log, Room.GAZA, List.of(this.trucks), AsOf.latest(this.room.at("2025-01-25T10:00")))
			.get(0);
		assertThat(assessment.status()).isEqualTo(Status.NOT_ASSESSABLE);
		assertThat(assessment.reason()).isEqualTo("compliance.reason.unknown-measure");
		assertThat(assessment.reasonArgs()).containsExactly("aid.trucks");
	}

}
