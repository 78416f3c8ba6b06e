package org.raqib.server.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.raqib.server.ContextTest;
import org.raqib.server.TestDatabase;
import org.raqib.server.access.Actor;
import org.raqib.server.access.PartyAdministration;
import org.raqib.server.access.PartyDetails;
import org.raqib.server.record.LogAdministration;
import org.raqib.server.record.LogReader;
import org.raqib.server.record.NewLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every table registered as append-only (the access audit, the log's entries, payloads, tiles and
 * checkpoints) refuses UPDATE and DELETE in the database itself; on PostgreSQL the application role also
 * lacks those privileges.
 */
@ContextTest
class AppendOnlyTablesTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	PartyAdministration parties;

	@Autowired
	LogAdministration logs;

	@Autowired
	LogReader reader;

	/** Rows to refuse changes to: a log (its roster entry, payload and checkpoint soon follow). */
	@BeforeEach
	void aLogExists() {
		if (this.reader.logs().stream().anyMatch(l -> l.log().id().equals("append-only"))) {
			return;
		}
		if (this.parties.all().stream().noneMatch(p -> p.code().equals("append-only-party"))) {
			this.parties.register(new PartyDetails("append-only-party", "طرف", "Party", true), Actor.SYSTEM);
		}
		this.logs.create(new NewLog("append-only", List.of(new NewLog.LogParty("append-only-party",
				List.of("mediator")))), Actor.SYSTEM);
		this.reader.receipt("append-only", 0, java.time.Duration.ofSeconds(10));
	}

	/** Runs a refused change in a transaction that is rolled back, with a row in the table to change. */
	private void refused(String table, String sql) {
		new TransactionTemplate(this.transactions).executeWithoutResult(status -> {
			status.setRollbackOnly();
			if (table.equals("record_tile")) {
				this.jdbc.sql("INSERT INTO record_tile (log_id, tile_level, tile_index, hashes)"
						+ " VALUES ('append-only', 63, 0, :h)").param("h", new byte[32]).update();
			}
			if (table.startsWith("person_read")) {
				java.util.UUID read = java.util.UUID.randomUUID();
				this.jdbc.sql("INSERT INTO person_read (id, read_at, username, log_id, purpose, action, reason, outcome,"
						+ " persons) VALUES (:id, :at, 'tester', 'append-only', 'exchange', 'read', 'test', 'read', 1)")
					.param("id", read)
					.param("at", java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC))
					.update();
				this.jdbc.sql("INSERT INTO person_read_subject (read_id, ref) VALUES (:id, 'p-aaaaaaaaaaaaaaaaaaaaaaaaaa')")
					.param("id", read)
					.update();
			}
			assertThatThrownBy(() -> this.jdbc.sql(sql).update()).as(sql).isInstanceOf(DataAccessException.class);
		});
	}

	List<String> tables() {
		return this.jdbc.sql("SELECT table_name FROM append_only_table ORDER BY table_name").query(String.class).list();
	}

	@Test
	void theLogAndTheAuditAreRegistered() {
		assertThat(tables()).contains("access_audit", "record_entry", "record_payload", "record_tile",
				"record_checkpoint", "person_read", "person_read_subject");
	}

	@Test
	void everyRegisteredTableRefusesUpdates() {
		for (String table : tables()) {
			String column = table.equals("access_audit") ? "actor" : table.equals("person_read_subject") ? "ref" : "log_id";
			refused(table, "UPDATE " + table + " SET " + column + " = " + column);
		}
	}

	@Test
	void everyRegisteredTableRefusesDeletes() {
		for (String table : tables()) {
			refused(table, "DELETE FROM " + table);
		}
	}

	@Test
	void onPostgresqlTheApplicationRoleMayOnlyReadAndAppend() {
		Assumptions.assumeTrue(TestDatabase.isPostgres());
		for (String table : tables()) {
			for (String privilege : List.of("UPDATE", "DELETE", "TRUNCATE")) {
				assertThat(this.jdbc.sql("SELECT has_table_privilege(current_user, :t, :p)")
					.param("t", table)
					.param("p", privilege)
					.query(Boolean.class)
					.single()).as(table + " " + privilege).isFalse();
			}
		}
	}

}
