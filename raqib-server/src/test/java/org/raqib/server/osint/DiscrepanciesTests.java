package org.raqib.server.osint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.raqib.server.ContextTest;
import org.springframework.beans.factory.annotation.Autowired;

/** A news figure the record contradicts for the same measure and day is flagged; one it agrees with is not. */
@ContextTest
class DiscrepanciesTests {

	@Autowired
	OsintFixtures fixtures;

	@Autowired
	Ingesting ingesting;

	@Autowired
	Discrepancies discrepancies;

	@Autowired
	ReviewQueue queue;

	@Autowired
	DiscrepancyRemarks remarks;

	OsintFixtures.Room room;

	long counted;

	@BeforeEach
	void aDayAtRafah() throws IOException {
		this.room = this.fixtures.room();
		this.counted = this.fixtures.patients(this.room, 45, "2025-02-01T12:00:00Z");
	}

	@Test
	void aContradictingClaimRaisesAFlagWithBothFigures() {
		news("وكالة", "عبر 60 مريضا معبر رفح اليوم.", "2025-02-01T15:00:00Z");

		List<Discrepancy> open = this.discrepancies.open(this.room.id());

		assertThat(open).hasSize(1);
		Discrepancy flag = open.get(0);
		assertThat(flag.claimed()).isEqualTo(60);
		assertThat(flag.recorded()).isEqualTo(45);
		assertThat(flag.day()).isEqualTo(LocalDate.parse("2025-02-01"));
		assertThat(flag.recordMeasure()).isEqualTo("movement.crossed");
		assertThat(flag.evidence()).containsExactly(this.counted);
		assertThat(flag.article().source()).isEqualTo("وكالة");
	}

	@Test
	void theDailyReportTellsTheClaimsWaitingAndTheContradictedFigures() {
		news("وكالة", "عبر 60 مريضا معبر رفح اليوم.", "2025-02-01T15:00:00Z");
		var section = new NewsSection(this.queue, this.discrepancies);

		var part = section.draft(period(LocalDate.parse("2025-02-01"))).orElseThrow();

		assertThat(part.summary().get(0).arguments()).containsExactly(1, 1);
		assertThat(part.rows()).containsExactly(List.of("waiting", "patients", "", "1", "", ""),
				List.of("discrepancy", "patients", "2025-02-01", "60", "45", "وكالة"));
		assertThat(section.draft(period(LocalDate.parse("2025-01-31"))).orElseThrow().rows())
			.as("a figure of a later day is not in an earlier report")
			.containsExactly(List.of("waiting", "patients", "", "1", "", ""));
	}

	@Test
	void anArticleRepeatingAFigureIsListedOnceForIt() {
		this.ingesting.ingest(this.room.id(), OsintFixtures.article("وكالة", "عبور 60 مريضا عبر رفح",
				"عبر 60 مريضا معبر رفح اليوم.", "2025-02-01T15:00:00Z", "ar"), "twice.jsonl");
		assertThat(this.discrepancies.open(this.room.id())).hasSize(1);
	}

	@Test
	void aClaimTheRecordAgreesWithIsNotFlagged() {
		news("وكالة", "عبر 45 مريضا معبر رفح اليوم.", "2025-02-01T15:00:00Z");
		assertThat(this.discrepancies.open(this.room.id())).isEmpty();
	}

	@Test
	void aClaimOfAnotherDayIsComparedWithThatDay() {
		news("وكالة", "عبر 60 مريضا معبر رفح اليوم.", "2025-02-03T15:00:00Z");
		assertThat(this.discrepancies.open(this.room.id())).as("the record has no count that day").isEmpty();
	}

	@Test
	void aBoundIsContradictedOnlyOutsideIt() {
		news("وكالة", "عبر أكثر من 40 مريضا معبر رفح اليوم.", "2025-02-01T15:00:00Z");
		assertThat(this.discrepancies.open(this.room.id())).isEmpty();
		assertThat(Discrepancies.contradicts("MORE_THAN", 50, null, 45)).isTrue();
		assertThat(Discrepancies.contradicts("ABOUT", 50, null, 46)).isFalse();
		assertThat(Discrepancies.contradicts("RANGE", 40, 44L, 45)).isTrue();
		assertThat(Discrepancies.contradicts("VAGUE", 10, 99L, 450)).isFalse();
	}

	@Test
	void aRunningTotalIsComparedWithTheRecordsTotalToThatDay() {
		this.fixtures.patients(this.room, 50, "2025-02-02T12:00:00Z");
		news("Wire", "So far, 95 patients have crossed Rafah in total.", "2025-02-02T15:00:00Z");
		assertThat(this.discrepancies.open(this.room.id())).isEmpty();
		news("Other wire", "So far, 120 patients have crossed Rafah in total.", "2025-02-02T16:00:00Z");
		assertThat(this.discrepancies.open(this.room.id())).singleElement()
			.satisfies(d -> assertThat(d.recorded()).isEqualTo(95));
	}

	@Test
	void aRejectedClaimIsNoLongerFlagged() {
		news("وكالة", "عبر 60 مريضا معبر رفح اليوم.", "2025-02-01T15:00:00Z");
		NewsClaim claim = this.discrepancies.open(this.room.id()).get(0).claim();
		this.queue.reject(this.room.mediator(), this.room.id(), claim.article(), claim.number(), "wrong-figure");
		assertThat(this.discrepancies.open(this.room.id())).isEmpty();
	}

	@Test
	void theRecordsEntryNotesTheFlagForTheRoomOnly() {
		news("وكالة", "عبر 60 مريضا معبر رفح اليوم.", "2025-02-01T15:00:00Z");
		assertThat(this.remarks.about(this.room.id(), this.counted, this.room.mediator())).singleElement()
			.satisfies(r -> assertThat(r.arguments()).containsExactly("وكالة", 60L, 45L));
		assertThat(this.remarks.about(this.room.id(), this.counted, this.room.viewer())).isEmpty();
	}

	private void news(String source, String body, String published) {
		String language = body.chars().anyMatch(c -> c >= 0x0600 && c <= 0x06FF) ? "ar" : "en";
		this.ingesting.ingest(this.room.id(), OsintFixtures.article(source, language.equals("ar") ? "مرضى" : "Patients",
				body, published, language), source + ".jsonl");
	}

	private org.raqib.server.report.ReportPeriod period(LocalDate day) {
		var zone = java.time.ZoneId.of("Asia/Gaza");
		var until = day.atTime(19, 30).atZone(zone).toInstant();
		var from = until.minus(java.time.Duration.ofDays(1));
		return new org.raqib.server.report.ReportPeriod(this.room.id(), null, zone, day, from, until,
				from.minus(java.time.Duration.ofDays(1)));
	}

}
