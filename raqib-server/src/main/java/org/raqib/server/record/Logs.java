package org.raqib.server.record;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.raqib.server.system.NotFound;
import org.raqib.server.system.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code record_log} table. */
@Repository
class Logs {

	private final JdbcClient jdbc;

	Logs(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<LogInfo> all() {
		return this.jdbc.sql("SELECT id, origin, log_vkey, created_at, created_by FROM record_log ORDER BY id")
			.query((rs, row) -> new LogInfo(rs.getString("id"), rs.getString("origin"), rs.getString("log_vkey"),
					Timestamps.instant(rs, "created_at"), rs.getString("created_by")))
			.list();
	}

	Optional<LogInfo> find(String id) {
		return this.jdbc.sql("SELECT id, origin, log_vkey, created_at, created_by FROM record_log WHERE id = :id")
			.param("id", id)
			.query((rs, row) -> new LogInfo(rs.getString("id"), rs.getString("origin"), rs.getString("log_vkey"),
					Timestamps.instant(rs, "created_at"), rs.getString("created_by")))
			.optional();
	}

	LogInfo get(String id) {
		return find(id).orElseThrow(() -> new NotFound("log"));
	}

	void insert(String id, String origin, String vkey, Instant createdAt, String createdBy) {
		this.jdbc.sql("""
				INSERT INTO record_log (id, origin, log_vkey, created_at, created_by)
				VALUES (:id, :origin, :vkey, :createdAt, :createdBy)
				""")
			.param("id", id)
			.param("origin", origin)
			.param("vkey", vkey)
			.param("createdAt", Timestamps.utc(createdAt))
			.param("createdBy", createdBy)
			.update();
	}

}
