package org.raqib.server.exchange;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.raqib.server.record.RecordedEntry;
import org.raqib.server.system.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code exchange_round} and {@code exchange_round_status} tables. */
@Repository
class RoundTable {

	private static final String SELECT = """
			SELECT log_id, round_no, agreed_at, planned_at, place, intermediary, status, reason, idx FROM exchange_round
			""";

	private final JdbcClient jdbc;

	RoundTable(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<ReleaseRound> find(String log, int round) {
		return this.jdbc.sql(SELECT + " WHERE log_id = :log AND round_no = :round")
			.param("log", log)
			.param("round", round)
			.query(RoundTable::round)
			.optional();
	}

	List<ReleaseRound> all(String log) {
		return this.jdbc.sql(SELECT + " WHERE log_id = :log ORDER BY round_no").param("log", log)
			.query(RoundTable::round)
			.list();
	}

	int last(String log) {
		return this.jdbc.sql("SELECT COALESCE(MAX(round_no), 0) FROM exchange_round WHERE log_id = :log")
			.param("log", log)
			.query(Integer.class)
			.single();
	}

	List<ReleaseRound.Change> changes(String log, int round) {
		return this.jdbc.sql("""
				SELECT idx, status, occurred_at, planned_at, reason, party, state FROM exchange_round_status
				WHERE log_id = :log AND round_no = :round ORDER BY idx
				""").param("log", log).param("round", round).query((rs, row) -> new ReleaseRound.Change(rs.getLong("idx"),
						RoundState.ofCode(rs.getString("status")).orElseThrow(), Timestamps.instant(rs, "occurred_at"),
						Timestamps.instant(rs, "planned_at"), rs.getString("reason"), rs.getString("party"),
						rs.getString("state")))
			.list();
	}

	void plan(RecordedEntry entry, ExchangePayloads.RoundPlan plan) {
		this.jdbc.sql("""
				INSERT INTO exchange_round (log_id, round_no, planned_at, agreed_at, place, intermediary, status, idx)
				VALUES (:log, :round, :at, :at, :place, :intermediary, 'planned', :idx)
				""")
			.param("log", entry.log())
			.param("round", plan.round())
			.param("at", Timestamps.utc(plan.plannedAt()))
			.param("place", plan.place())
			.param("intermediary", plan.intermediary())
			.param("idx", entry.index())
			.update();
	}

	boolean replan(String log, long index, ExchangePayloads.RoundPlan plan) {
		return this.jdbc.sql("""
				UPDATE exchange_round SET agreed_at = :at,
				       planned_at = CASE WHEN status = 'delayed' THEN planned_at ELSE :at END,
				       place = :place, intermediary = :intermediary
				WHERE log_id = :log AND idx = :idx AND round_no = :round
				""")
			.param("at", Timestamps.utc(plan.plannedAt()))
			.param("place", plan.place())
			.param("intermediary", plan.intermediary())
			.param("log", log)
			.param("idx", index)
			.param("round", plan.round())
			.update() == 1;
	}

	void status(RecordedEntry entry, ExchangePayloads.RoundStatus status, String state) {
		this.jdbc.sql("""
				INSERT INTO exchange_round_status (log_id, idx, round_no, status, occurred_at, planned_at, reason, party, state)
				VALUES (:log, :idx, :round, :status, :occurred, :planned, :reason, :party, :state)
				""")
			.param("log", entry.log())
			.param("idx", entry.index())
			.param("round", status.round())
			.param("status", status.status().code())
			.param("occurred", Timestamps.utc(status.occurredAt()))
			.param("planned", Timestamps.utc(status.plannedAt()))
			.param("reason", status.reason())
			.param("party", entry.party())
			.param("state", state)
			.update();
		if ("current".equals(state)) {
			settle(entry.log(), status.round());
		}
	}

	@Nullable String statusState(String log, long index) {
		return this.jdbc.sql("SELECT state FROM exchange_round_status WHERE log_id = :log AND idx = :idx")
			.param("log", log).param("idx", index).query(String.class).optional().orElse(null);
	}

	/** Marks a status entry retracted or corrected, then recomputes its round from the statuses that stand. */
	void revise(String log, long index, String state, ExchangePayloads.@Nullable RoundStatus replacement) {
		if (replacement == null) {
			this.jdbc.sql("UPDATE exchange_round_status SET state = :state WHERE log_id = :log AND idx = :idx")
				.param("state", state).param("log", log).param("idx", index).update();
		}
		else {
			this.jdbc.sql("""
					UPDATE exchange_round_status SET state = :state, reason = :reason, occurred_at = :occurred,
					       planned_at = :planned
					WHERE log_id = :log AND idx = :idx
					""")
				.param("state", state)
				.param("reason", replacement.reason())
				.param("occurred", Timestamps.utc(replacement.occurredAt()))
				.param("planned", Timestamps.utc(replacement.plannedAt()))
				.param("log", log)
				.param("idx", index)
				.update();
		}
		int round = this.jdbc.sql("SELECT round_no FROM exchange_round_status WHERE log_id = :log AND idx = :idx")
			.param("log", log).param("idx", index).query(Integer.class).single();
		settle(log, round);
	}

	/**
	 * A round's status is its latest standing status entry's; its planned time the latest delay's, or the
	 * agreed time.
	 */
	private void settle(String log, int round) {
		this.jdbc.sql("""
				UPDATE exchange_round SET
				  status = COALESCE((SELECT s.status FROM exchange_round_status s WHERE s.log_id = :log AND s.round_no = :round
				      AND s.state IN ('current', 'corrected') ORDER BY s.idx DESC FETCH FIRST 1 ROWS ONLY), 'planned'),
				  reason = (SELECT s.reason FROM exchange_round_status s WHERE s.log_id = :log AND s.round_no = :round
				      AND s.state IN ('current', 'corrected') ORDER BY s.idx DESC FETCH FIRST 1 ROWS ONLY),
				  planned_at = COALESCE((SELECT s.planned_at FROM exchange_round_status s WHERE s.log_id = :log
				      AND s.round_no = :round AND s.state IN ('current', 'corrected') AND s.status = 'delayed'
				      ORDER BY s.idx DESC FETCH FIRST 1 ROWS ONLY), agreed_at)
				WHERE log_id = :log AND round_no = :round
				""").param("log", log).param("round", round).update();
	}

	private static ReleaseRound round(ResultSet rs, int row) throws SQLException {
		return new ReleaseRound(rs.getString("log_id"), rs.getInt("round_no"), Timestamps.instant(rs, "agreed_at"),
				Timestamps.instant(rs, "planned_at"), rs.getString("place"), rs.getString("intermediary"),
				RoundState.ofCode(rs.getString("status")).orElseThrow(), rs.getString("reason"), rs.getLong("idx"));
	}

}
