package org.raqib.server.reconcile;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import org.raqib.server.record.RecordedEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code reconcile_decision} table: the decisions on probable pairs, by reference. */
@Repository
class DecisionTable {

	/** The decision standing on a pair: the latest entry about it. */
	record Decided(Decision decision, long index, String party, String recordedBy, Instant recordedAt) {
	}

	private final JdbcClient jdbc;

	DecisionTable(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(RecordedEntry entry, MatchDecision decision) {
		this.jdbc.sql("""
				INSERT INTO reconcile_decision (log_id, idx, party, recorded_by, recorded_at, left_list, right_list,
				    left_ref, right_ref, decision, score, reasons)
				VALUES (:log, :idx, :party, :by, :at, :leftList, :rightList, :left, :right, :decision, :score, :reasons)
				""")
			.param("log", entry.log()).param("idx", entry.index()).param("party", entry.party())
			.param("by", entry.recordedBy()).param("at", OffsetDateTime.ofInstant(entry.recordedAt(), ZoneOffset.UTC))
			.param("leftList", decision.leftList()).param("rightList", decision.rightList())
			.param("left", decision.left().value()).param("right", decision.right().value())
			.param("decision", decision.decision().code()).param("score", decision.score())
			.param("reasons", String.join(",", decision.reasons()))
			.update();
	}

	/** The standing decisions on pairs of the two lists, by {@link #pair(String, String)}. */
	Map<String, Decided> standing(String log, String leftList, String rightList) {
		var standing = new HashMap<String, Decided>();
		this.jdbc.sql("""
				SELECT idx, party, recorded_by, recorded_at, left_ref, right_ref, decision FROM reconcile_decision
				WHERE log_id = :log AND left_list = :leftList AND right_list = :rightList ORDER BY idx
				""").param("log", log).param("leftList", leftList).param("rightList", rightList)
			.query(rs -> {
				standing.put(pair(rs.getString("left_ref"), rs.getString("right_ref")),
						new Decided(Decision.ofCode(rs.getString("decision")).orElseThrow(), rs.getLong("idx"),
								rs.getString("party"), rs.getString("recorded_by"),
								rs.getObject("recorded_at", OffsetDateTime.class).toInstant()));
			});
		return standing;
	}

	static String pair(String left, String right) {
		return left + ">" + right;
	}

}
