package org.raqib.server.agreement.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * 30 prisoners released per civilian hostage and 50 per female soldier, per round. The worked example of
 * 30 January 2025: 110 prisoners = 30 × 2 civilians + 50 × 1 soldier (Agam Berger).
 */
class RatioTests {

	private final Room room = Room.gaza();

	private final Window phase1 = this.room.window("2025-01-19T08:30", "2025-03-02T08:30");

	private final Obligation.Ratio perCivilian = new Obligation.Ratio("ratio-30", "phase-1/exchange", "side-a",
			this.phase1, Room.select("exchange.released", "party=side-a", "for=civilian"),
			Room.select("exchange.released", "party=side-b", "category=civilian"), 30, "round");

	private final Obligation.Ratio perSoldier = new Obligation.Ratio("ratio-50", "phase-1/exchange", "side-a",
			this.phase1, Room.select("exchange.released", "party=side-a", "for=female-soldier"),
			Room.select("exchange.released", "party=side-b", "category=female-soldier"), 50, "round");

	private long hostages(String at, long count, String category, int round) {
		return this.room.record(at, "exchange.released", "side-b", count, "category=" + category, "round=" + round);
	}

	private long prisoners(String at, long count, String forCategory, int round) {
		return this.room.record(at, "exchange.released", "side-a", count, "category=prisoner", "for=" + forCategory,
				"round=" + round);
	}

	private static Assessment.Figure figure(String label, long value, long target) {
		return new Assessment.Figure(label, null, value, target);
	}

	@Test
	void theThirtiethOfJanuaryRoundMeetsBothRatios() {
		hostages("2025-01-30T12:00", 2, "civilian", 3);
		hostages("2025-01-30T12:00", 1, "female-soldier", 3);
		long forCivilians = 60;
		long forTheSoldier = 50;
		prisoners("2025-01-30T22:00", forCivilians, "civilian", 3);
		prisoners("2025-01-30T22:00", forTheSoldier, "female-soldier", 3);
		assertThat(forCivilians + forTheSoldier).isEqualTo(110);
		Assessment civilians = this.room.latest(this.perCivilian, "2025-01-31T10:00");
		Assessment soldiers = this.room.latest(this.perSoldier, "2025-01-31T10:00");
		assertThat(civilians.status()).isEqualTo(Status.ON_TRACK);
		assertThat(civilians.figures()).containsExactly(figure("round=3", 60, 60), figure("cumulative", 60, 60));
		assertThat(soldiers.status()).isEqualTo(Status.ON_TRACK);
		assertThat(soldiers.figures()).containsExactly(figure("round=3", 50, 50), figure("cumulative", 50, 50));
		assertThat(soldiers.reasonArgs()).containsExactly(50L, 1L, 50L);
	}

	@Test
	void aRoundWithFewerReleasedThanDueBreachesTheRatio() {
		hostages("2025-01-19T16:00", 3, "civilian", 1);
		prisoners("2025-01-20T01:00", 90, "civilian", 1);
		long third = hostages("2025-01-30T12:00", 2, "civilian", 3);
		long short50 = prisoners("2025-01-30T22:00", 50, "civilian", 3);
		Assessment assessment = this.room.latest(this.perCivilian, "2025-01-31T10:00");
		assertThat(assessment.status()).isEqualTo(Status.BREACHED);
		assertThat(assessment.evidence()).containsExactly(third, short50);
		assertThat(assessment.reason()).isEqualTo("compliance.reason.ratio.below");
		assertThat(assessment.reasonArgs()).containsExactly("round=3", 50L, 2L, 60L, 30L);
		assertThat(assessment.figures()).containsExactly(figure("round=1", 90, 90), figure("round=3", 50, 60),
				figure("cumulative", 140, 150));
	}

	@Test
	void aRoundWhosePrisonersAreNotYetReleasedIsAtRiskUntilTheWindowEnds() {
		// 22 February: six hostages released; the release of the prisoners was delayed until the 27th.
		long six = hostages("2025-02-22T10:00", 6, "civilian", 8);
		Assessment delayed = this.room.latest(this.perCivilian, "2025-02-23T10:00");
		assertThat(delayed.status()).isEqualTo(Status.AT_RISK);
		assertThat(delayed.evidence()).containsExactly(six);
		assertThat(delayed.reasonArgs()).containsExactly("round=8", 6L, 180L);
		assertThat(this.room.latest(this.perCivilian, "2025-03-02T09:00").status()).isEqualTo(Status.BREACHED);
		prisoners("2025-02-27T01:00", 180, "civilian", 8);
		assertThat(this.room.latest(this.perCivilian, "2025-02-27T10:00").status()).isEqualTo(Status.ON_TRACK);
		assertThat(this.room.latest(this.perCivilian, "2025-03-02T09:00").status()).isEqualTo(Status.FULFILLED);
	}

	@Test
	void theCumulativeFigureCountsOnlyTheRoundsJudged() {
		hostages("2025-01-19T16:00", 3, "civilian", 1);
		prisoners("2025-01-20T01:00", 90, "civilian", 1);
		hostages("2025-02-22T10:00", 6, "civilian", 8);
		Assessment assessment = this.room.latest(this.perCivilian, "2025-02-23T10:00");
		assertThat(assessment.figures()).containsExactly(figure("round=1", 90, 90), figure("round=8", 0, 180),
				figure("cumulative", 90, 90));
	}

	@Test
	void withoutGroupsTheRatioIsJudgedOverTheWholeWindow() {
		var overall = new Obligation.Ratio("ratio-30-all", "phase-1/exchange", "side-a", this.phase1,
				this.perCivilian.released(), this.perCivilian.per(), 30, null);
		assertThat(this.room.latest(overall, "2025-01-19T12:00").figures()).containsExactly(figure("cumulative", 0, 0));
		hostages("2025-01-19T16:00", 3, "civilian", 1);
		hostages("2025-01-30T12:00", 2, "civilian", 3);
		prisoners("2025-01-30T22:00", 150, "civilian", 3);
		Assessment assessment = this.room.latest(overall, "2025-01-31T10:00");
		assertThat(assessment.status()).isEqualTo(Status.ON_TRACK);
		assertThat(assessment.figures()).containsExactly(figure("cumulative", 150, 150));
	}

}
