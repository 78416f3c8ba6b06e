package org.raqib.server.reconcile;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.raqib.server.person.PersonRef;
import org.raqib.server.record.RecordedEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code reconcile_list} and {@code reconcile_list_person} tables: lists written for reconciliation. */
@Repository
class ComparisonListTable {

	private final JdbcClient jdbc;

	ComparisonListTable(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores the list unless one of that name is already there (a second is kept in the log, not here). */
	void insert(RecordedEntry entry, ComparisonList list) {
		if (find(entry.log(), list.list()) != null) {
			return;
		}
		this.jdbc.sql("""
				INSERT INTO reconcile_list (log_id, list_id, idx, party, persons, recorded_at)
				VALUES (:log, :list, :idx, :party, :persons, :at)
				""").param("log", entry.log()).param("list", list.list()).param("idx", entry.index())
			.param("party", entry.party()).param("persons", list.persons().size())
			.param("at", OffsetDateTime.ofInstant(entry.recordedAt(), ZoneOffset.UTC))
			.update();
		for (int i = 0; i < list.persons().size(); i++) {
			this.jdbc.sql("""
					INSERT INTO reconcile_list_person (log_id, list_id, position, person_ref, commitment)
					VALUES (:log, :list, :position, :ref, :commitment)
					""").param("log", entry.log()).param("list", list.list()).param("position", i)
				.param("ref", list.persons().get(i).ref().value()).param("commitment", list.persons().get(i).commitment())
				.update();
		}
	}

	Reconcilable find(String log, String listId) {
		return all(log).stream().filter(l -> l.listId().equals(listId)).findFirst().orElse(null);
	}

	List<Reconcilable> all(String log) {
		return this.jdbc.sql("SELECT list_id, party, persons FROM reconcile_list WHERE log_id = :log ORDER BY idx")
			.param("log", log)
			.query((rs, n) -> new Reconcilable(rs.getString("list_id"), rs.getString("party"), rs.getInt("persons"),
					Reconcilable.Source.RECONCILIATION))
			.list();
	}

	List<PersonRef> persons(String log, String listId) {
		return this.jdbc.sql("""
				SELECT person_ref FROM reconcile_list_person WHERE log_id = :log AND list_id = :list ORDER BY position
				""").param("log", log).param("list", listId)
			.query((rs, n) -> new PersonRef(rs.getString("person_ref")))
			.list();
	}

}
