package org.raqib.server.agreement.compliance;

import java.time.Instant;
import java.util.List;

import org.raqib.server.system.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The facts that count now, read for views that sum them (the dashboard's charts, the daily report): one
 * measure of one log, by when the facts occurred. The engine's judgements do not read this.
 */
@Service
public class CountedFacts {

	private final JdbcClient jdbc;

	CountedFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The facts of a measure that occurred in {@code [from, until)} and were not withdrawn, oldest first. */
	public List<Fact> occurred(String log, String measure, Instant from, Instant until) {
		return this.jdbc.sql("""
				SELECT log_id, idx, measure, party, quantity, occurred_at, recorded_at, dimensions
				FROM compliance_fact
				WHERE log_id = :log AND measure = :measure AND withdrawn_by IS NULL
				  AND occurred_at >= :from AND occurred_at < :until
				ORDER BY occurred_at, idx, ord
				""")
			.param("log", log)
			.param("measure", measure)
			.param("from", Timestamps.utc(from))
			.param("until", Timestamps.utc(until))
			.query((rs, row) -> new Fact(rs.getString("log_id"), rs.getLong("idx"),
					Timestamps.instant(rs, "recorded_at"), Timestamps.instant(rs, "occurred_at"), rs.getString("measure"),
					rs.getString("party"), rs.getLong("quantity"), Dimensions.decode(rs.getString("dimensions"))))
			.list();
	}

	/** When the last fact of a measure that counts occurred before {@code until}, if any. */
	public java.util.Optional<Instant> lastOccurred(String log, String measure, Instant until) {
		return this.jdbc.sql("""
				SELECT MAX(occurred_at) AS last_at FROM compliance_fact
				WHERE log_id = :log AND measure = :measure AND withdrawn_by IS NULL AND occurred_at < :until
				""")
			.param("log", log)
			.param("measure", measure)
			.param("until", Timestamps.utc(until))
			.query((rs, row) -> java.util.Optional.ofNullable(Timestamps.instant(rs, "last_at")))
			.single();
	}

}
