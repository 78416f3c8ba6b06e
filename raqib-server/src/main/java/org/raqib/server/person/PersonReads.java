package org.raqib.server.person;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.raqib.server.system.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit of personal-data reads ({@code person_read}, {@code person_read_subject}): every read and every
 * refused one, with who, when, for what purpose and why, and the persons by reference. Written in a
 * transaction of its own, so a refusal or a caller's rollback does not erase it.
 */
@Repository
class PersonReads {

	enum Action {
		READ, SEARCH, OPEN, PURGE
	}

	enum Outcome {
		READ, REFUSED, PURGED
	}

	/** One audited read, as the audit page lists it. */
	record PersonRead(UUID id, Instant at, String username, String log, Purpose purpose, String action, String reason,
			String outcome, int persons) {
	}

	static final int MAX_REASON = 500;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	PersonReads(JdbcClient jdbc, JdbcTemplate template, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.template = template;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	void record(String username, String log, Purpose purpose, Action action, String reason, Outcome outcome,
			Collection<PersonRef> refs) {
		UUID id = UUID.randomUUID();
		List<String> subjects = refs.stream().map(PersonRef::value).distinct().toList();
		String kept = reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason;
		this.ownTransaction.executeWithoutResult(status -> {
			this.jdbc.sql("""
					INSERT INTO person_read (id, read_at, username, log_id, purpose, action, reason, outcome, persons)
					VALUES (:id, :at, :username, :log, :purpose, :action, :reason, :outcome, :persons)
					""")
				.param("id", id)
				.param("at", Timestamps.utc(this.clock.instant()))
				.param("username", username)
				.param("log", log)
				.param("purpose", purpose.name())
				.param("action", action.name().toLowerCase(java.util.Locale.ROOT))
				.param("reason", kept)
				.param("outcome", outcome.name().toLowerCase(java.util.Locale.ROOT))
				.param("persons", subjects.size())
				.update();
			this.template.batchUpdate("INSERT INTO person_read_subject (read_id, ref) VALUES (?, ?)", subjects, 1000,
					(PreparedStatement ps, String ref) -> {
						ps.setObject(1, id);
						ps.setString(2, ref);
					});
		});
	}

	/** The log's audited reads, newest first. */
	List<PersonRead> page(String log, int page, int size) {
		return this.jdbc.sql("""
				SELECT id, read_at, username, log_id, purpose, action, reason, outcome, persons FROM person_read
				WHERE log_id = :log ORDER BY read_at DESC, id LIMIT :size OFFSET :offset
				""")
			.param("log", log)
			.param("size", size)
			.param("offset", (long) page * size)
			.query((rs, row) -> new PersonRead(rs.getObject("id", UUID.class), Timestamps.instant(rs, "read_at"),
					rs.getString("username"), rs.getString("log_id"), Purpose.valueOf(rs.getString("purpose")),
					rs.getString("action"), rs.getString("reason"), rs.getString("outcome"), rs.getInt("persons")))
			.list();
	}

	/** The persons one audited read concerned, by reference. */
	List<String> subjects(UUID readId) {
		return this.jdbc.sql("SELECT ref FROM person_read_subject WHERE read_id = :id ORDER BY ref")
			.param("id", readId)
			.query(String.class)
			.list();
	}

}
