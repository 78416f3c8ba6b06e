package org.raqib.server.osint;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code osint_claim} table, read with the latest decision of {@code osint_decision} on each claim (a
 * claim is decided once; a later decision, if a rebuild ever finds one, wins).
 */
@Repository
class ClaimTable {

	private static final String SELECT = """
			SELECT c.log_id, c.article, c.claim_no, c.measure, c.amount, c.upper_amount, c.bound, c.surface, c.said_by,
			       c.claim_day, c.place, c.cumulative, c.start_offset, c.end_offset,
			       d.decision, d.target, d.reason, d.idx
			FROM osint_claim c
			LEFT JOIN osint_decision d ON d.log_id = c.log_id AND d.article = c.article AND d.claim_no = c.claim_no
			     AND d.idx = (SELECT MAX(e.idx) FROM osint_decision e
			                  WHERE e.log_id = c.log_id AND e.article = c.article AND e.claim_no = c.claim_no)
			""";

	private final JdbcClient jdbc;

	ClaimTable(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(NewsClaim c) {
		this.jdbc.sql("""
				INSERT INTO osint_claim (log_id, article, claim_no, measure, amount, upper_amount, bound, surface,
				       said_by, claim_day, place, cumulative, start_offset, end_offset)
				VALUES (:log, :article, :no, :measure, :amount, :upper, :bound, :surface, :saidBy, :day, :place,
				       :cumulative, :start, :end)
				""")
			.param("log", c.log())
			.param("article", c.article())
			.param("no", c.number())
			.param("measure", c.measure())
			.param("amount", c.amount())
			.param("upper", c.upper())
			.param("bound", c.bound())
			.param("surface", c.surface())
			.param("saidBy", c.saidBy())
			.param("day", c.day())
			.param("place", c.place())
			.param("cumulative", c.cumulative())
			.param("start", c.start())
			.param("end", c.end())
			.update();
	}

	List<NewsClaim> ofArticle(String log, String article) {
		return this.jdbc.sql(SELECT + " WHERE c.log_id = :log AND c.article = :article ORDER BY c.claim_no")
			.param("log", log).param("article", article).query(ClaimTable::claim).list();
	}

	Optional<NewsClaim> find(String log, String article, int number) {
		return this.jdbc.sql(SELECT + " WHERE c.log_id = :log AND c.article = :article AND c.claim_no = :no")
			.param("log", log).param("article", article).param("no", number).query(ClaimTable::claim).optional();
	}

	/** Claims waiting for review, newest articles first. */
	List<NewsClaim> waiting(String log, int limit) {
		return this.jdbc.sql(SELECT + """
				 JOIN osint_article a ON a.log_id = c.log_id AND a.hash = c.article
				WHERE c.log_id = :log AND d.idx IS NULL
				ORDER BY a.ingested_at DESC, c.article, c.claim_no
				FETCH FIRST :limit ROWS ONLY
				""").param("log", log).param("limit", limit).query(ClaimTable::claim).list();
	}

	long waitingCount(String log) {
		return this.jdbc.sql("""
				SELECT COUNT(*) FROM osint_claim c WHERE c.log_id = :log AND NOT EXISTS (SELECT 1 FROM osint_decision d
				       WHERE d.log_id = c.log_id AND d.article = c.article AND d.claim_no = c.claim_no)
				""").param("log", log).query(Long.class).single();
	}

	/** The claims that may contradict the record: not rejected, about a day, of the given measures. */
	List<NewsClaim> comparable(String log, List<String> measures) {
		return this.jdbc.sql(SELECT + """
				WHERE c.log_id = :log AND c.claim_day IS NOT NULL AND c.measure IN (:measures)
				  AND (d.decision IS NULL OR d.decision <> 'rejected')
				ORDER BY c.claim_day DESC, c.article, c.claim_no
				""").param("log", log).param("measures", measures).query(ClaimTable::claim).list();
	}

	private static NewsClaim claim(ResultSet rs, int row) throws SQLException {
		long index = rs.getLong("idx");
		Long decisionIndex = rs.wasNull() ? null : index;
		return new NewsClaim(rs.getString("log_id"), rs.getString("article"), rs.getInt("claim_no"),
				rs.getString("measure"), rs.getObject("amount", Long.class), rs.getObject("upper_amount", Long.class),
				rs.getString("bound"), rs.getString("surface"), rs.getString("said_by"),
				rs.getObject("claim_day", LocalDate.class), rs.getString("place"), rs.getBoolean("cumulative"),
				rs.getInt("start_offset"), rs.getInt("end_offset"), rs.getString("decision"), rs.getString("target"),
				rs.getString("reason"), decisionIndex);
	}

}
