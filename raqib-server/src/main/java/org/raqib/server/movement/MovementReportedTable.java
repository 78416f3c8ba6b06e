package org.raqib.server.movement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.raqib.server.record.RecordedEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code movement_reported_count} table: other sources' counts, as they published them. */
@Repository
class MovementReportedTable {

	private final JdbcClient jdbc;

	MovementReportedTable(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(RecordedEntry entry, MovementPayloads.ReportedCount reported, @Nullable String conflict) {
		MovementPayloads.Counted c = reported.counted();
		this.jdbc.sql("""
				INSERT INTO movement_reported_count (log_id, idx, party, source_name, source_kind, link, passage_kind,
				       passage, direction, category, people, count_date, note, recorded_at, state, conflict)
				VALUES (:log, :idx, :party, :source, :sourceKind, :link, :kind, :passage, :direction, :category,
				       :people, :day, :note, :recorded, :state, :conflict)
				""")
			.param("log", entry.log())
			.param("idx", entry.index())
			.param("party", entry.party())
			.param("source", reported.source())
			.param("sourceKind", reported.sourceKind().code())
			.param("link", reported.link())
			.param("kind", c.passage().kind())
			.param("passage", c.passage().id())
			.param("direction", c.direction().code())
			.param("category", c.category().code())
			.param("people", c.count())
			.param("day", reported.day())
			.param("note", reported.note())
			.param("recorded", org.raqib.server.system.Timestamps.utc(entry.recordedAt()))
			.param("state", conflict == null ? "reported" : "conflict")
			.param("conflict", conflict)
			.update();
	}

	List<CompetingCount> ofDay(String log, LocalDate day) {
		return this.jdbc.sql("""
				SELECT idx, party, source_name, source_kind, link, passage_kind, passage, direction, category, people,
				       count_date, note, recorded_at, state, conflict
				FROM movement_reported_count WHERE log_id = :log AND count_date = :day ORDER BY idx
				""").param("log", log).param("day", day).query(MovementReportedTable::reported).list();
	}

	private static CompetingCount reported(ResultSet rs, int row) throws SQLException {
		return new CompetingCount(rs.getLong("idx"), rs.getString("party"), rs.getString("source_name"),
				SourceKind.ofCode(rs.getString("source_kind")).orElseThrow(), rs.getString("link"),
				Passage.of(rs.getString("passage_kind"), rs.getString("passage")),
				Direction.ofCode(rs.getString("direction")).orElseThrow(),
				MovementCategory.ofCode(rs.getString("category")).orElseThrow(), rs.getLong("people"),
				rs.getObject("count_date", LocalDate.class), rs.getString("note"),
				org.raqib.server.system.Timestamps.instant(rs, "recorded_at"), rs.getString("state"),
				rs.getString("conflict"));
	}

}
