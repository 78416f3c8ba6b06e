package org.raqib.server.incident;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.raqib.server.record.RecordedEntry;
import org.raqib.server.system.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code incident_step} and {@code incident_breach} tables: each incident's history and confirmed breaches. */
@Repository
class IncidentStepTable {

	/** A breach a mediator confirmed. */
	record Breach(long index, long incident, String obligation, String responsible, String recordedBy,
			@Nullable String conflict) {
	}

	private final JdbcClient jdbc;

	IncidentStepTable(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(RecordedEntry entry, long incident, String step, @Nullable String note, @Nullable String conflict) {
		this.jdbc.sql("""
				INSERT INTO incident_step (log_id, idx, incident, step, party, recorded_by, recorded_at, note, conflict)
				VALUES (:log, :idx, :incident, :step, :party, :by, :at, :note, :conflict)
				""")
			.param("log", entry.log()).param("idx", entry.index()).param("incident", incident).param("step", step)
			.param("party", entry.party()).param("by", entry.recordedBy())
			.param("at", Timestamps.utc(entry.recordedAt())).param("note", note).param("conflict", conflict)
			.update();
	}

	List<IncidentStep> of(String log, long incident) {
		return this.jdbc.sql("""
				SELECT idx, incident, step, party, recorded_by, recorded_at, note, conflict FROM incident_step
				WHERE log_id = :log AND incident = :incident ORDER BY idx
				""").param("log", log).param("incident", incident)
			.query((rs, row) -> new IncidentStep(rs.getLong("idx"), rs.getLong("incident"), rs.getString("step"),
					rs.getString("party"), rs.getString("recorded_by"), Timestamps.instant(rs, "recorded_at"),
					rs.getString("note"), rs.getString("conflict")))
			.list();
	}

	void breach(RecordedEntry entry, long incident, IncidentPayloads.Breach breach, @Nullable String conflict) {
		this.jdbc.sql("""
				INSERT INTO incident_breach (log_id, idx, incident, obligation, responsible, recorded_by, recorded_at,
				       conflict)
				VALUES (:log, :idx, :incident, :obligation, :responsible, :by, :at, :conflict)
				""")
			.param("log", entry.log()).param("idx", entry.index()).param("incident", incident)
			.param("obligation", breach.obligation()).param("responsible", breach.responsible())
			.param("by", entry.recordedBy()).param("at", Timestamps.utc(entry.recordedAt()))
			.param("conflict", conflict).update();
	}

	List<Breach> breaches(String log, long incident) {
		return this.jdbc.sql("""
				SELECT idx, incident, obligation, responsible, recorded_by, conflict FROM incident_breach
				WHERE log_id = :log AND incident = :incident ORDER BY idx
				""").param("log", log).param("incident", incident)
			.query((rs, row) -> new Breach(rs.getLong("idx"), rs.getLong("incident"), rs.getString("obligation"),
					rs.getString("responsible"), rs.getString("recorded_by"), rs.getString("conflict")))
			.list();
	}

}
