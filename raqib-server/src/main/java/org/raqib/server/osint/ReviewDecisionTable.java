package org.raqib.server.osint;

import org.raqib.server.record.RecordedEntry;
import org.raqib.server.system.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code osint_decision} table: a projection of the review decisions. */
@Repository
class ReviewDecisionTable {

	private final JdbcClient jdbc;

	ReviewDecisionTable(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(RecordedEntry entry, String decision, DecisionPayloads.Decision d) {
		this.jdbc.sql("""
				INSERT INTO osint_decision (log_id, idx, article, claim_no, decision, target, reason, party, recorded_at)
				VALUES (:log, :idx, :article, :claim, :decision, :target, :reason, :party, :recorded)
				""")
			.param("log", entry.log())
			.param("idx", entry.index())
			.param("article", d.hash())
			.param("claim", d.claim())
			.param("decision", decision)
			.param("target", d.target())
			.param("reason", d.reason())
			.param("party", entry.party())
			.param("recorded", Timestamps.utc(entry.recordedAt()))
			.update();
	}

}
