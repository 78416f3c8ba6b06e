package org.raqib.server.agreement;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.raqib.server.record.RecordedEntry;
import org.raqib.server.system.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps {@code agreement_version} in step with the agreement's entries: one row per version. */
@Component
class AgreementProjection {

	private final JdbcClient jdbc;

	AgreementProjection(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A new version, the definition's or an amendment's, in force from {@code inForceFrom}. */
	void version(RecordedEntry entry, AgreementDefinition definition, Instant inForceFrom, @Nullable String reason) {
		Integer current = this.jdbc.sql("SELECT MAX(version) FROM agreement_version WHERE log_id = :log")
			.param("log", entry.log())
			.query(Integer.class)
			.optional()
			.orElse(null);
		int version = current == null ? 1 : current + 1;
		this.jdbc.sql("""
				INSERT INTO agreement_version (log_id, version, idx, recorded_at, recorded_by, in_force_from, reason,
				                               definition)
				VALUES (:log, :version, :idx, :recorded, :by, :from, :reason, :definition)
				""")
			.param("log", entry.log())
			.param("version", version)
			.param("idx", entry.index())
			.param("recorded", Timestamps.utc(entry.recordedAt()))
			.param("by", entry.recordedBy())
			.param("from", Timestamps.utc(inForceFrom))
			.param("reason", reason)
			.param("definition", AgreementPayloads.json(definition))
			.update();
	}

}
