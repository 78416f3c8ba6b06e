package org.raqib.server.agreement.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * Gaza, phase 1: talks on phase 2 by day 16; the return of the displaced not before its day; the names of
 * each round's hostages handed over 24 hours before their release.
 */
class DeadlineTests {

	private final Room room = Room.gaza();

	private final Window phase1 = this.room.window("2025-01-19T08:30", "2025-03-02T08:30");

	private final Obligation.Deadline talks = new Obligation.Deadline("phase-2-talks", "phase-1/phase-2", "side-a",
			this.phase1, Room.select("agreement.milestone", "milestone=phase-2-talks"), Obligation.Timing.DONE_BY,
			this.room.at("2025-02-04T00:00"), null, null, null);

	private final Obligation.Deadline returnees = new Obligation.Deadline("return-day-7", "phase-1/return", "side-a",
			this.phase1, Room.select("movement.crossed", "category=returnee"), Obligation.Timing.NOT_BEFORE,
			this.room.at("2025-01-25T07:00"), null, null, null);

	private final Obligation.Deadline names = namesAhead("round");

	private Obligation.Deadline namesAhead(String matchOn) {
		return new Obligation.Deadline("names-24h", "phase-1/exchange", "side-b", this.phase1,
				Room.select("exchange.list-handed-over", "party=side-b"), Obligation.Timing.AHEAD_OF, null,
				Room.select("exchange.released", "party=side-b"), Duration.ofHours(24), matchOn);
	}

	private long milestone(String at) {
		return this.room.record(at, "agreement.milestone", "mediator", 1, "milestone=phase-2-talks");
	}

	private long namesOf(int round, String at) {
		return this.room.record(at, "exchange.list-handed-over", "side-b", 1, "round=" + round);
	}

	private long release(int round, String at, long persons) {
		return this.room.record(at, "exchange.released", "side-b", persons, "round=" + round);
	}

	@Test
	void doneByTheDeadlineFulfilsIt() {
		long done = milestone("2025-02-03T18:00");
		Assessment assessment = this.room.latest(this.talks, "2025-02-05T10:00");
		assertThat(assessment.status()).isEqualTo(Status.FULFILLED);
		assertThat(assessment.evidence()).containsExactly(done);
		assertThat(assessment.reasonArgs()).containsExactly("2025-02-03 18:00", "2025-02-04 00:00");
	}

	@Test
	void notDoneIsOnTrackThenAtRiskInTheLastDayThenBreached() {
		assertThat(this.room.latest(this.talks, "2025-02-01T10:00").status()).isEqualTo(Status.ON_TRACK);
		assertThat(this.room.latest(this.talks, "2025-02-03T06:00").status()).isEqualTo(Status.AT_RISK);
		Assessment missed = this.room.latest(this.talks, "2025-02-04T01:00");
		assertThat(missed.status()).isEqualTo(Status.BREACHED);
		assertThat(missed.reason()).isEqualTo("compliance.reason.deadline.missed");
		assertThat(missed.reasonArgs()).containsExactly("2025-02-04 00:00");
	}

	@Test
	void doneLateIsBreachedWithTheLateFactAsEvidence() {
		long late = milestone("2025-02-05T12:00");
		Assessment assessment = this.room.latest(this.talks, "2025-02-06T10:00");
		assertThat(assessment.status()).isEqualTo(Status.BREACHED);
		assertThat(assessment.reason()).isEqualTo("compliance.reason.deadline.late");
		assertThat(assessment.evidence()).containsExactly(late);
	}

	@Test
	void aDeadlineWithoutATimeIsNotAssessable() {
		var open = new Obligation.Deadline("open", "phase-1/phase-2", "side-a", new Window(this.phase1.start(), null),
				this.talks.done(), Obligation.Timing.DONE_BY, null, null, null, null);
		Assessment assessment = this.room.latest(open, "2025-02-01T10:00");
		assertThat(assessment.status()).isEqualTo(Status.NOT_ASSESSABLE);
		assertThat(assessment.reason()).isEqualTo("compliance.reason.no-deadline");
	}

	@Test
	void aCrossingBeforeItsTimeBreachesIt() {
		long early = this.room.record("2025-01-24T15:00", "movement.crossed", "side-a", 40, "category=returnee");
		Assessment assessment = this.room.latest(this.returnees, "2025-01-24T16:00");
		assertThat(assessment.status()).isEqualTo(Status.BREACHED);
		assertThat(assessment.evidence()).containsExactly(early);
		assertThat(assessment.reasonArgs()).containsExactly(1L, "2025-01-25 07:00", "2025-01-24 15:00");
	}

	@Test
	void nothingBeforeItsTimeIsFulfilledOnceTheTimeHasCome() {
		this.room.record("2025-01-27T07:00", "movement.crossed", "side-a", 5000, "category=returnee");
		assertThat(this.room.latest(this.returnees, "2025-01-24T16:00").status()).isEqualTo(Status.ON_TRACK);
		assertThat(this.room.latest(this.returnees, "2025-01-27T08:00").status()).isEqualTo(Status.FULFILLED);
	}

	@Test
	void namesHandedOver24HoursAheadKeepIt() {
		namesOf(2, "2025-01-24T10:00");
		release(2, "2025-01-25T11:00", 4);
		Assessment assessment = this.room.latest(this.names, "2025-01-25T12:00");
		assertThat(assessment.status()).isEqualTo(Status.ON_TRACK);
		assertThat(assessment.reasonArgs()).containsExactly(1L, 24L);
		assertThat(this.room.latest(this.names, "2025-03-02T09:00").status()).isEqualTo(Status.FULFILLED);
	}

	@Test
	void namesHandedOverTheSameMorningBreachIt() {
		// 19 January: the names came that morning, hours before the release, not 24 hours ahead.
		long given = namesOf(1, "2025-01-19T10:30");
		long released = release(1, "2025-01-19T16:00", 3);
		Assessment assessment = this.room.latest(this.names, "2025-01-19T18:00");
		assertThat(assessment.status()).isEqualTo(Status.BREACHED);
		assertThat(assessment.evidence()).containsExactly(given, released);
		assertThat(assessment.reason()).isEqualTo("compliance.reason.deadline.not-ahead");
		assertThat(assessment.reasonArgs()).containsExactly(1L, 1L, 24L, "2025-01-19 16:00");
	}

	@Test
	void theNamesOfAnotherRoundDoNotCount() {
		namesOf(2, "2025-01-24T10:00");
		release(2, "2025-01-25T11:00", 4);
		long third = release(3, "2025-01-30T12:00", 3);
		Assessment assessment = this.room.latest(this.names, "2025-01-30T18:00");
		assertThat(assessment.status()).isEqualTo(Status.BREACHED);
		assertThat(assessment.evidence()).containsExactly(third);
		assertThat(assessment.reasonArgs()).containsExactly(1L, 2L, 24L, "2025-01-30 12:00");
	}

	@Test
	void withoutMatchOnAnyListEarlyEnoughCounts() {
		namesOf(2, "2025-01-24T10:00");
		release(3, "2025-01-30T12:00", 3);
		assertThat(this.room.latest(namesAhead(null), "2025-01-30T18:00").status()).isEqualTo(Status.ON_TRACK);
	}

	@Test
	void aheadOfNothingIsNotAssessable() {
		var noTrigger = new Obligation.Deadline("names", "phase-1/exchange", "side-b", this.phase1, this.names.done(),
				Obligation.Timing.AHEAD_OF, null, null, Duration.ofHours(24), "round");
		assertThat(this.room.latest(noTrigger, "2025-01-30T18:00").reason()).isEqualTo("compliance.reason.no-trigger");
	}

}
