package org.raqib.server.aid;

import java.time.LocalDate;
import java.util.List;

import org.raqib.server.record.RecordedEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code aid_count} table: the counts other sources published. */
@Repository
class CountTable {

	private final JdbcClient jdbc;

	CountTable(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(RecordedEntry entry, AidPayloads.CountReport count) {
		this.jdbc.sql("""
				INSERT INTO aid_count (log_id, idx, counted_on, crossing, stage, trucks, source, source_type, link, party)
				VALUES (:log, :idx, :day, :crossing, :stage, :trucks, :source, :type, :link, :party)
				""")
			.param("log", entry.log())
			.param("idx", entry.index())
			.param("day", count.date())
			.param("crossing", count.crossing())
			.param("stage", count.stage().name())
			.param("trucks", count.trucks())
			.param("source", count.source())
			.param("type", Codes.code(count.sourceType()))
			.param("link", count.link())
			.param("party", entry.party())
			.update();
	}

	List<CompetingCount> between(String log, LocalDate from, LocalDate until) {
		return this.jdbc.sql("""
				SELECT idx, counted_on, crossing, stage, trucks, source, source_type, link, party FROM aid_count
				WHERE log_id = :log AND counted_on BETWEEN :from AND :until ORDER BY counted_on, crossing, source, idx
				""")
			.param("log", log)
			.param("from", from)
			.param("until", until)
			.query((rs, row) -> new CompetingCount(rs.getLong("idx"), rs.getObject("counted_on", LocalDate.class),
					rs.getString("crossing"), Stage.valueOf(rs.getString("stage")), rs.getInt("trucks"), rs.getString("source"),
					rs.getString("source_type"), rs.getString("link"), rs.getString("party")))
			.list();
	}

	/** The first and last days any count covers. */
	List<LocalDate> span(String log) {
		return this.jdbc.sql("SELECT MIN(counted_on) AS first_day, MAX(counted_on) AS last_day FROM aid_count WHERE log_id = :log")
			.param("log", log)
			.query((rs, row) -> rs.getObject("first_day", LocalDate.class) == null ? List.<LocalDate>of()
					: List.of(rs.getObject("first_day", LocalDate.class), rs.getObject("last_day", LocalDate.class)))
			.single();
	}

}
