package org.raqib.server.movement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.raqib.server.record.RecordedEntry;
import org.raqib.server.system.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code movement_count} table: the room's own counts. */
@Repository
class MovementCountTable {

	private static final String SELECT = """
			SELECT idx, party, passage_kind, passage, direction, category, travel_mode, people, window_from, window_to,
			       count_date, recorded_at, state, conflict FROM movement_count
			""";

	private final JdbcClient jdbc;

	MovementCountTable(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(RecordedEntry entry, MovementPayloads.Count count, LocalDate day, @Nullable String conflict) {
		MovementPayloads.Counted c = count.counted();
		this.jdbc.sql("""
				INSERT INTO movement_count (log_id, idx, party, passage_kind, passage, direction, category, travel_mode,
				       people, window_from, window_to, count_date, recorded_at, state, conflict)
				VALUES (:log, :idx, :party, :kind, :passage, :direction, :category, :mode, :people, :from, :to, :day,
				       :recorded, :state, :conflict)
				""")
			.param("log", entry.log())
			.param("idx", entry.index())
			.param("party", entry.party())
			.param("kind", c.passage().kind())
			.param("passage", c.passage().id())
			.param("direction", c.direction().code())
			.param("category", c.category().code())
			.param("mode", count.mode() == null ? "" : count.mode().code())
			.param("people", c.count())
			.param("from", Timestamps.utc(count.from()))
			.param("to", Timestamps.utc(count.to()))
			.param("day", day)
			.param("recorded", Timestamps.utc(entry.recordedAt()))
			.param("state", conflict == null ? "counted" : "conflict")
			.param("conflict", conflict)
			.update();
	}

	/** Counts still standing of the same passage, direction, category and mode whose window overlaps. */
	List<Long> overlapping(String log, MovementPayloads.Count count) {
		MovementPayloads.Counted c = count.counted();
		return this.jdbc.sql("""
				SELECT idx FROM movement_count
				WHERE log_id = :log AND passage_kind = :kind AND passage = :passage AND direction = :direction
				  AND category = :category AND travel_mode = :mode AND state IN ('counted', 'corrected')
				  AND window_from < :to AND :from < window_to
				ORDER BY idx
				""")
			.param("log", log)
			.param("kind", c.passage().kind())
			.param("passage", c.passage().id())
			.param("direction", c.direction().code())
			.param("category", c.category().code())
			.param("mode", count.mode() == null ? "" : count.mode().code())
			.param("from", Timestamps.utc(count.from()))
			.param("to", Timestamps.utc(count.to()))
			.query(Long.class)
			.list();
	}

	Optional<CrossingMovement> find(String log, long index) {
		return this.jdbc.sql(SELECT + " WHERE log_id = :log AND idx = :idx")
			.param("log", log)
			.param("idx", index)
			.query(MovementCountTable::movement)
			.optional();
	}

	List<CrossingMovement> ofDay(String log, LocalDate day) {
		return this.jdbc.sql(SELECT + " WHERE log_id = :log AND count_date = :day ORDER BY window_from, idx")
			.param("log", log)
			.param("day", day)
			.query(MovementCountTable::movement)
			.list();
	}

	/** The days with counts or reported counts, latest first. */
	List<LocalDate> days(String log) {
		return this.jdbc.sql("""
				SELECT count_date FROM movement_count WHERE log_id = :log
				UNION SELECT count_date FROM movement_reported_count WHERE log_id = :log
				ORDER BY 1 DESC
				""").param("log", log).query((rs, row) -> rs.getObject(1, LocalDate.class)).list();
	}

	void revise(String log, long index, String state, long by) {
		this.jdbc.sql("UPDATE movement_count SET state = :state, revised_by = :by WHERE log_id = :log AND idx = :idx")
			.param("state", state)
			.param("by", by)
			.param("log", log)
			.param("idx", index)
			.update();
	}

	/** A correction changes only how many were counted: the same passage, window, category and direction. */
	void correct(String log, long index, long people, long by) {
		this.jdbc.sql("""
				UPDATE movement_count SET people = :people, state = 'corrected', revised_by = :by
				WHERE log_id = :log AND idx = :idx
				""")
			.param("people", people)
			.param("by", by)
			.param("log", log)
			.param("idx", index)
			.update();
	}

	private static CrossingMovement movement(ResultSet rs, int row) throws SQLException {
		String mode = rs.getString("travel_mode");
		return new CrossingMovement(rs.getLong("idx"), rs.getString("party"),
				Passage.of(rs.getString("passage_kind"), rs.getString("passage")),
				Direction.ofCode(rs.getString("direction")).orElseThrow(),
				MovementCategory.ofCode(rs.getString("category")).orElseThrow(),
				mode.isEmpty() ? null : TravelMode.ofCode(mode).orElseThrow(), rs.getLong("people"),
				Timestamps.instant(rs, "window_from"), Timestamps.instant(rs, "window_to"),
				rs.getObject("count_date", LocalDate.class), Timestamps.instant(rs, "recorded_at"),
				rs.getString("state"), rs.getString("conflict"));
	}

}
