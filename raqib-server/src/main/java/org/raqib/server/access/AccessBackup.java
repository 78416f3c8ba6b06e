package org.raqib.server.access;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.raqib.server.system.BackupPart;
import org.raqib.server.system.TableDump;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Parties, users (with their password hashes), grants, API tokens (hashed) and the access audit. */
@Component
class AccessBackup implements BackupPart {

	/** Table and the order its rows are written and read back in (parents before children). */
	private record Table(String name, String orderBy) {
	}

	private static final List<Table> TABLES = List.of(new Table("party", "code"), new Table("app_user", "username"),
			new Table("role_grant", "granted_at, id"), new Table("api_token", "created_at, id"),
			new Table("access_audit", "id"));

	private final TableDump dump;

	private final JdbcClient jdbc;

	AccessBackup(TableDump dump, JdbcClient jdbc) {
		this.dump = dump;
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "access";
	}

	@Override
	public int order() {
		return 0;
	}

	@Override
	public void backup(Path dir) {
		TABLES.forEach(t -> this.dump.dump(t.name(), t.orderBy(), dir.resolve(t.name() + ".jsonl")));
	}

	@Override
	public void restore(Path dir) {
		// The audit keeps its order but takes new identity values, so later audit rows do not collide.
		TABLES.forEach(t -> this.dump.load(t.name(), dir.resolve(t.name() + ".jsonl"),
				t.name().equals("access_audit") ? Set.of("id") : Set.of()));
	}

	@Override
	public boolean isEmpty() {
		return this.jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single() == 0;
	}

}
