package org.raqib.server.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raqib.server.ContextTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Purging past retention, and the store's part of a backup. */
@ContextTest
class PersonPurgeTests {

	static final String LOG = "person-purge";

	@Autowired
	PersonStore store;

	@Autowired
	PersonPurge purge;

	@Autowired
	PersonBackup backup;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	Registered register(String listId, LocalDate retainUntil, PersonData person) {
		return this.store.register(new PersonList(LOG, listId, "side-x", Purpose.EXCHANGE, LegalBasis.VITAL_INTEREST,
				retainUntil), List.of(person)).get(0);
	}

	@Test
	void purgeDeletesTheDataPastRetentionAndKeepsTheCommitment() {
		LocalDate today = LocalDate.of(2031, 6, 1);
		Registered old = register("purge-old", today.minusDays(1), PersonData.named("قديم", "Old One"));
		Registered kept = register("purge-kept", today, PersonData.named("باق", "Kept One"));
		assertThat(this.purge.due(today)).extracting(Persons.ListCount::listId).contains("purge-old")
			.doesNotContain("purge-kept");
		assertThat(this.purge.purge(today)).extracting(l -> l.listId() + "=" + l.persons()).contains("purge-old=1");
		Map<String, Object> row = row(old.ref());
		assertThat(row.get("ciphertext")).isNull();
		assertThat(row.get("nonce")).isNull();
		assertThat(row.get("purged_at")).isNotNull();
		assertThat(row.get("commitment")).isEqualTo(old.commitment());
		assertThat(row(kept.ref()).get("ciphertext")).isNotNull();
		assertThat(this.jdbc.sql("""
				SELECT COUNT(*) FROM person_read r JOIN person_read_subject s ON s.read_id = r.id
				WHERE s.ref = :ref AND r.outcome = 'purged' AND r.username = 'cli'
				""").param("ref", old.ref().value()).query(Long.class).single()).isEqualTo(1);
		assertThat(this.purge.due(today)).extracting(Persons.ListCount::listId).doesNotContain("purge-old");
	}

	@Test
	void theBackupHoldsCiphertextsNotNamesAndRestoresThem(@TempDir Path dir) throws Exception {
		Registered person = register("backup-list", LocalDate.of(2099, 1, 1), PersonData.named("مسترجع", "Restored Name"));
		this.backup.backup(dir);
		String dumped = Files.readString(dir.resolve("person.jsonl"), StandardCharsets.UTF_8);
		assertThat(dumped).contains(person.ref().value()).contains(person.commitment()).doesNotContain("Restored Name")
			.doesNotContain("مسترجع");
		Map<String, Object> before = row(person.ref());
		// The read audit is append-only, so here the store alone is emptied and restored; a real restore
		// goes into a fresh installation, audit and all.
		Files.delete(dir.resolve("person_read.jsonl"));
		Files.delete(dir.resolve("person_read_subject.jsonl"));
		var transaction = new TransactionTemplate(this.transactions);
		transaction.executeWithoutResult(status -> {
			status.setRollbackOnly();
			for (String table : List.of("person_access", "person")) {
				this.jdbc.sql("DELETE FROM " + table).update();
			}
			assertThat(this.backup.isEmpty()).isTrue();
			this.backup.restore(dir);
			assertThat(row(person.ref())).usingRecursiveComparison().isEqualTo(before);
		});
	}

	Map<String, Object> row(PersonRef ref) {
		return this.jdbc.sql("SELECT * FROM person WHERE ref = :ref").param("ref", ref.value()).query().singleRow();
	}

}
