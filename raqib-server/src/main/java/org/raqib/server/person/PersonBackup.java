package org.raqib.server.person;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.raqib.server.system.BackupPart;
import org.raqib.server.system.TableDump;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The personal-data store as stored: ciphertexts, grants and the read audit. The key is not part of it
 * (docs/personal-data.md), so a backup alone reveals no one.
 */
@Component
class PersonBackup implements BackupPart {

	private record Table(String name, String orderBy) {
	}

	private static final List<Table> TABLES = List.of(new Table("person", "registered_at, ref"),
			new Table("person_access", "granted_at, id"), new Table("person_read", "read_at, id"),
			new Table("person_read_subject", "read_id, ref"));

	private final TableDump dump;

	private final JdbcClient jdbc;

	PersonBackup(TableDump dump, JdbcClient jdbc) {
		this.dump = dump;
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "person";
	}

	/** After the record (10): the store's rows name logs the record holds. */
	@Override
	public int order() {
		return 20;
	}

	@Override
	public void backup(Path dir) {
		TABLES.forEach(t -> this.dump.dump(t.name(), t.orderBy(), dir.resolve(t.name() + ".jsonl")));
	}

	@Override
	public void restore(Path dir) {
		for (Table t : TABLES) {
			Path file = dir.resolve(t.name() + ".jsonl");
			// A backup made before the store existed has no person folder: nothing to restore.
			if (Files.exists(file)) {
				this.dump.load(t.name(), file, Set.of());
			}
		}
	}

	@Override
	public boolean isEmpty() {
		return this.jdbc.sql("SELECT COUNT(*) FROM person").query(Long.class).single() == 0
				&& this.jdbc.sql("SELECT COUNT(*) FROM person_access").query(Long.class).single() == 0;
	}

}
