package org.raqib.server.aid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.raqib.server.ContextTest;
import org.raqib.server.agreement.AgreementCompliance;
import org.raqib.server.agreement.compliance.AsOf;
import org.springframework.beans.factory.annotation.Autowired;

@ContextTest
class AidBoardTests {

	@Autowired
	AidFixtures fixtures;

	@Autowired
	CrossingBoards boards;

	@Autowired
	CompetingCounts counts;

	@Autowired
	AgreementCompliance compliance;

	AidFixtures.Room room;

	@BeforeEach
	void aDayAtKeremShalom() throws Exception {
		this.room = this.fixtures.room();
		// Three consignments cross after an hour in each stage; a fourth has waited since 08:00 local, cleared.
		for (int i = 0; i < 3; i++) {
			this.fixtures.walk(this.room, AidFixtures.consignment("K-" + i, "kerem-shalom", "north", 10 + i, "food",
					"2025-01-19T12:00:00Z"), AidFixtures.TO_CROSSED, "2025-01-19T1" + (2 + i) + ":00:00Z");
		}
		this.fixtures.walk(this.room, AidFixtures.consignment("K-W", "kerem-shalom", "south", 7, "medical",
				"2025-01-19T09:00:00Z"), List.of(Stage.ARRIVED, Stage.INSPECTED, Stage.CLEARED), "2025-01-19T09:00:00Z");
	}

	@Test
	void theBoardCountsEachStageAndTheTrucksWaitingAtTheDaysEnd() {
		CrossingBoard board = this.boards.board(this.room.id(), LocalDate.parse("2025-01-19"));

		CrossingBoard.Row kerem = board.crossings().stream().filter(r -> r.crossing().id().equals("kerem-shalom"))
			.findFirst().orElseThrow();
		assertThat(kerem.reached(Stage.CROSSED)).isEqualTo(new CrossingBoard.Reached(3, 33));
		assertThat(kerem.reached(Stage.CLEARED)).isEqualTo(new CrossingBoard.Reached(4, 40));
		assertThat(kerem.waiting()).extracting(w -> w.consignment().reference()).containsExactly("K-W");
		// Arrived 07:00 UTC, the day ends at 22:00 UTC (midnight in Gaza).
		assertThat(kerem.waiting().get(0).waited()).isEqualTo(Duration.ofHours(15));
		assertThat(kerem.timeInStage()).filteredOn(t -> t.stage() == Stage.CLEARED)
			.extracting(CrossingBoard.TimeInStage::medianSeconds, CrossingBoard.TimeInStage::p90Seconds)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3600L, 3600L));
		assertThat(board.crossings()).filteredOn(r -> r.crossing().id().equals("zikim")).allMatch(CrossingBoard.Row::quiet);
	}

	@Test
	void competingCountsAreKeptBesideTheRoomsOwnAndNeverCountForTheQuota() {
		this.counts.report(this.room.mediator(), this.room.id(), "egypt", new CompetingCounts.NewCount(
				LocalDate.parse("2025-01-19"), "all", "crossed", 630, "OCHA", "un-office", "https://www.ochaopt.org/"));
		this.counts.report(this.room.israel(), this.room.id(), "israel", new CompetingCounts.NewCount(
				LocalDate.parse("2025-01-19"), "kerem-shalom", "crossed", 30, "COGAT", "party-authority", null));

		List<CompetingCounts.Comparison> rows = this.counts.compare(this.room.id());

		assertThat(rows).extracting(CompetingCounts.Comparison::crossing, CompetingCounts.Comparison::room)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("all", 33L),
					org.assertj.core.groups.Tuple.tuple("kerem-shalom", 33L));
		assertThat(rows.get(0).sources()).extracting(s -> s.count().source(), CompetingCounts.Sourced::difference)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("OCHA", 597L));
		assertThat(rows.get(1).sources()).extracting(s -> s.count().party(), CompetingCounts.Sourced::difference)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("israel", -3L));
		var report = this.compliance.report(this.room.id(), AsOf.latest(Instant.now()));
		var figures = report.obligations().stream().filter(j -> j.terms().id().equals("aid-trucks")).findFirst()
			.orElseThrow().assessment().figures();
		assertThat(figures).filteredOn(f -> LocalDate.parse("2025-01-19").equals(f.day())).extracting(f -> f.value())
			.containsExactly(33L);
	}

}
