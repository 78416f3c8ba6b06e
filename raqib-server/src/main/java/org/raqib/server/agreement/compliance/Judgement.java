package org.raqib.server.agreement.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * One assessment's frame: a log's facts, the agreement's time zone (where days begin), the view, and the
 * time of judgement ({@code asOf.at()}). Also how every judge words its findings.
 */
record Judgement(LogFacts facts, ZoneId zone, AsOf asOf, ViewFilter view) {

	/** The most log indexes one assessment names, the earliest first; its reason gives the full count. */
	static final int EVIDENCE_LIMIT = 1000;

	/** Figure labels; a ratio's groups are labelled {@code <dimension>=<value>}. */
	static final String DAY = "day";

	static final String PARTIAL_DAY = "partial-day";

	static final String TODAY = "today";

	static final String RUNNING_TOTAL = "running-total";

	static final String TOTAL = "total";

	static final String CUMULATIVE = "cumulative";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	Judgement(LogFacts facts, ZoneId zone, AsOf asOf) {
		this(facts, zone, asOf, new ViewFilter(asOf));
	}

	Instant at() {
		return this.asOf.at();
	}

	Tally tally(Criterion criterion, Grouping grouping) {
		return this.facts.tally(criterion, grouping);
	}

	/** Whether the window is over at the time of judgement. */
	boolean ended(Window window) {
		return window.end() != null && !at().isBefore(window.end());
	}

	LocalDate day(Instant t) {
		return t.atZone(this.zone).toLocalDate();
	}

	Instant startOf(LocalDate day) {
		return day.atStartOfDay(this.zone).toInstant();
	}

	/** A time as the room reads it: local to the agreement, to the minute. */
	String time(Instant t) {
		return TIME.format(t.atZone(this.zone));
	}

	String time(long micros) {
		return time(Micros.instant(micros));
	}

	static Assessment assessment(Obligation obligation, Status status, Collection<Long> evidence, Reason reason,
			List<?> args, List<Assessment.Figure> figures) {
		List<Long> named = new TreeSet<>(evidence).stream().limit(EVIDENCE_LIMIT).toList();
		return new Assessment(obligation.id(), status, named, reason.key(), List.copyOf(args), figures);
	}

	static Assessment assessment(Obligation obligation, Status status, Reason reason, Object... args) {
		return assessment(obligation, status, List.of(), reason, List.of(args), List.of());
	}

}
