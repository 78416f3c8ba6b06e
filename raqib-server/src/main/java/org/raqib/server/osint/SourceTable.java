package org.raqib.server.osint;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.raqib.server.system.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code osint_source} table. */
@Repository
class SourceTable {

	private final JdbcClient jdbc;

	SourceTable(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(NewsSource s) {
		this.jdbc.sql("""
				INSERT INTO osint_source (id, log_id, kind, name, location, added_at)
				VALUES (:id, :log, :kind, :name, :location, :added)
				""")
			.param("id", s.id())
			.param("log", s.log())
			.param("kind", s.kind())
			.param("name", s.name())
			.param("location", s.location())
			.param("added", Timestamps.utc(s.addedAt()))
			.update();
	}

	void read(UUID id, Instant at, String result) {
		this.jdbc.sql("UPDATE osint_source SET read_at = :at, last_result = :result WHERE id = :id")
			.param("at", Timestamps.utc(at))
			.param("result", result.length() > 400 ? result.substring(0, 400) : result)
			.param("id", id)
			.update();
	}

	List<NewsSource> of(String log) {
		return this.jdbc.sql("SELECT * FROM osint_source WHERE log_id = :log ORDER BY added_at, name").param("log", log)
			.query(SourceTable::source).list();
	}

	/** Feeds and folders of every agreement: what polling reads. */
	List<NewsSource> polled() {
		return this.jdbc.sql("SELECT * FROM osint_source WHERE kind IN ('feed', 'folder') ORDER BY log_id, added_at")
			.query(SourceTable::source).list();
	}

	private static NewsSource source(ResultSet rs, int row) throws SQLException {
		return new NewsSource(rs.getObject("id", UUID.class), rs.getString("log_id"), rs.getString("kind"),
				rs.getString("name"), rs.getString("location"), Timestamps.instant(rs, "added_at"),
				Timestamps.instant(rs, "read_at"), rs.getString("last_result"));
	}

}
