package org.raqib.server.person;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.raqib.server.system.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code person} table: one row per listed person, the data sealed, the terms in clear. */
@Repository
class Persons {

	/** A stored person; {@code nonce} and {@code ciphertext} are null once purged. */
	record StoredPerson(PersonRef ref, String log, String listId, String party, Purpose purpose, String commitment,
			String keyId, byte @Nullable [] nonce, byte @Nullable [] ciphertext) {

		boolean purged() {
			return this.ciphertext == null;
		}

	}

	/** How many persons of a list a purge concerns. */
	record ListCount(String log, String listId, String party, Purpose purpose, long persons) {
	}

	private static final String SELECT = """
			SELECT ref, log_id, list_id, party, purpose, commitment, key_id, nonce, ciphertext FROM person
			""";

	private static final int CHUNK = 500;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	Persons(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	void insertAll(PersonList list, List<StoredPerson> persons, Instant now) {
		this.template.batchUpdate("""
				INSERT INTO person (ref, log_id, list_id, party, purpose, legal_basis, retain_until, commitment, key_id,
				    nonce, ciphertext, registered_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", persons, 1000, (PreparedStatement ps, StoredPerson p) -> {
			ps.setString(1, p.ref().value());
			ps.setString(2, list.log());
			ps.setString(3, list.listId());
			ps.setString(4, list.party());
			ps.setString(5, list.purpose().name());
			ps.setString(6, list.legalBasis().name());
			ps.setObject(7, list.retainUntil(), Types.DATE);
			ps.setString(8, p.commitment());
			ps.setString(9, p.keyId());
			ps.setBytes(10, p.nonce());
			ps.setBytes(11, p.ciphertext());
			ps.setObject(12, Timestamps.utc(now));
		});
	}

	List<StoredPerson> byRefs(String log, Collection<PersonRef> refs) {
		List<String> values = refs.stream().map(PersonRef::value).distinct().toList();
		var found = new ArrayList<StoredPerson>();
		for (int i = 0; i < values.size(); i += CHUNK) {
			found.addAll(this.jdbc.sql(SELECT + " WHERE log_id = :log AND ref IN (:refs)")
				.param("log", log)
				.param("refs", values.subList(i, Math.min(values.size(), i + CHUNK)))
				.query(Persons::person)
				.list());
		}
		return found;
	}

	/** The log's stored (not purged) persons of the parties, or of every party when {@code parties} is null. */
	List<StoredPerson> ofLog(String log, @Nullable Set<String> parties) {
		if (parties == null) {
			return this.jdbc.sql(SELECT + " WHERE log_id = :log AND ciphertext IS NOT NULL ORDER BY list_id, registered_at, ref")
				.param("log", log)
				.query(Persons::person)
				.list();
		}
		if (parties.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql(SELECT + " WHERE log_id = :log AND party IN (:parties) AND ciphertext IS NOT NULL"
					+ " ORDER BY list_id, registered_at, ref")
			.param("log", log)
			.param("parties", parties)
			.query(Persons::person)
			.list();
	}

	/** The lists that have persons kept past the day before {@code today}, with how many. */
	List<ListCount> due(LocalDate today) {
		return this.jdbc.sql("""
				SELECT log_id, list_id, party, purpose, COUNT(*) AS persons FROM person
				WHERE retain_until < :today AND ciphertext IS NOT NULL
				GROUP BY log_id, list_id, party, purpose ORDER BY log_id, list_id, party, purpose
				""")
			.param("today", today, Types.DATE)
			.query((rs, row) -> new ListCount(rs.getString("log_id"), rs.getString("list_id"), rs.getString("party"),
					Purpose.valueOf(rs.getString("purpose")), rs.getLong("persons")))
			.list();
	}

	/** The references of the list's persons whose data a purge on {@code today} deletes. */
	List<PersonRef> dueRefs(String log, String listId, LocalDate today) {
		return this.jdbc.sql("""
				SELECT ref FROM person
				WHERE log_id = :log AND list_id = :list AND retain_until < :today AND ciphertext IS NOT NULL ORDER BY ref
				""")
			.param("log", log)
			.param("list", listId)
			.param("today", today, Types.DATE)
			.query((rs, row) -> new PersonRef(rs.getString("ref")))
			.list();
	}

	/** Deletes the data of persons whose retention ended before {@code today}; keeps ref, list and commitment. */
	int purge(LocalDate today, Instant now) {
		return this.jdbc.sql("""
				UPDATE person SET ciphertext = NULL, nonce = NULL, purged_at = :now
				WHERE retain_until < :today AND ciphertext IS NOT NULL
				""")
			.param("today", today, Types.DATE)
			.param("now", Timestamps.utc(now))
			.update();
	}

	private static StoredPerson person(ResultSet rs, int row) throws SQLException {
		return new StoredPerson(new PersonRef(rs.getString("ref")), rs.getString("log_id"), rs.getString("list_id"),
				rs.getString("party"), Purpose.valueOf(rs.getString("purpose")), rs.getString("commitment"),
				rs.getString("key_id"), rs.getBytes("nonce"), rs.getBytes("ciphertext"));
	}

}
