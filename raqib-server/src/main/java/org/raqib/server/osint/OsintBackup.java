package org.raqib.server.osint;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.raqib.server.system.BackupPart;
import org.raqib.server.system.TableDump;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The news read, its claims and the sources followed. The review decisions are entries, restored with the
 * record; the search index is rebuilt from these tables on first use.
 */
@Component
class OsintBackup implements BackupPart {

	/** Table and the order its rows are written and read back in. */
	private record Table(String name, String orderBy) {
	}

	private static final List<Table> TABLES = List.of(new Table("osint_source", "log_id, added_at, id"),
			new Table("osint_article", "log_id, ingested_at, hash"), new Table("osint_claim", "log_id, article, claim_no"));

	private final TableDump dump;

	private final JdbcClient jdbc;

	OsintBackup(TableDump dump, JdbcClient jdbc) {
		this.dump = dump;
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "osint";
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public void backup(Path dir) {
		TABLES.forEach(t -> this.dump.dump(t.name(), t.orderBy(), dir.resolve(t.name() + ".jsonl")));
	}

	@Override
	public void restore(Path dir) {
		TABLES.forEach(t -> this.dump.load(t.name(), dir.resolve(t.name() + ".jsonl"), Set.of()));
	}

	@Override
	public boolean isEmpty() {
		return this.jdbc.sql("SELECT COUNT(*) FROM osint_article").query(Long.class).single() == 0;
	}

}
