package org.raqib.server.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import javax.sql.DataSource;

import org.raqib.tlog.Hashes;

/**
 * The database's own limit for what an entry writes: its {@code record_entry} row, its payload row and its
 * statement projection row, inserted with plain JDBC into scratch tables of the same columns, 256 entries
 * per transaction, from one thread (the sequencer is one thread).
 */
final class JdbcInserts {

	enum Style {

		/** {@code addBatch} per table, one {@code executeBatch} each per transaction. */
		BATCHED,

		/** One statement execution per row. */
		ROW_BY_ROW,

		/** One statement per row, each entry inside a savepoint, as the sequencer writes. */
		SAVEPOINT_PER_ENTRY

	}

	static final int PER_TRANSACTION = 256;

	private static final String[] CREATE = { """
			CREATE TABLE bench_entry (
			    log_id VARCHAR(100) NOT NULL, idx BIGINT NOT NULL, leaf BYTEA NOT NULL, leaf_hash BYTEA NOT NULL,
			    kind VARCHAR(100) NOT NULL, party VARCHAR(200) NOT NULL, seq BIGINT NOT NULL,
			    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL, recorded_by VARCHAR(64) NOT NULL,
			    PRIMARY KEY (log_id, idx), CONSTRAINT bench_entry_party_seq_uk UNIQUE (log_id, party, seq))
			""", "CREATE INDEX bench_entry_kind_idx ON bench_entry (log_id, kind, idx)", """
			CREATE TABLE bench_payload (log_id VARCHAR(100) NOT NULL, idx BIGINT NOT NULL, payload BYTEA NOT NULL,
			    PRIMARY KEY (log_id, idx), FOREIGN KEY (log_id, idx) REFERENCES bench_entry (log_id, idx))
			""", """
			CREATE TABLE bench_statement (log_id VARCHAR(100) NOT NULL, idx BIGINT NOT NULL, party VARCHAR(200) NOT NULL,
			    text_ar VARCHAR(4000), text_en VARCHAR(4000), occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
			    link VARCHAR(500), recorded_at TIMESTAMP WITH TIME ZONE NOT NULL, state VARCHAR(20) NOT NULL,
			    revised_by BIGINT, PRIMARY KEY (log_id, idx))
			""" };

	private static final String INSERT_ENTRY = "INSERT INTO bench_entry (log_id, idx, leaf, leaf_hash, kind, party, seq,"
			+ " recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private static final String INSERT_PAYLOAD = "INSERT INTO bench_payload (log_id, idx, payload) VALUES (?, ?, ?)";

	private static final String INSERT_STATEMENT = "INSERT INTO bench_statement (log_id, idx, party, text_ar, text_en,"
			+ " occurred_at, link, recorded_at, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'current')";

	private final DataSource dataSource;

	private final byte[] leaf;

	private final byte[] payload;

	private final String text;

	private long next;

	JdbcInserts(DataSource dataSource, byte[] leaf, byte[] payload, String text) {
		this.dataSource = dataSource;
		this.leaf = leaf;
		this.payload = payload;
		this.text = text;
	}

	/** Entries per second written in that style, after as long a warm-up, into fresh scratch tables. */
	double entriesPerSecond(Style style, Duration run) throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			execute(connection, "DROP TABLE IF EXISTS bench_statement", "DROP TABLE IF EXISTS bench_payload",
					"DROP TABLE IF EXISTS bench_entry");
			execute(connection, CREATE);
			try {
				connection.setAutoCommit(false);
				insertFor(connection, style, run.toNanos());
				long written = insertFor(connection, style, run.toNanos());
				return written / (run.toNanos() / 1e9);
			}
			finally {
				connection.setAutoCommit(true);
				execute(connection, "DROP TABLE bench_statement", "DROP TABLE bench_payload", "DROP TABLE bench_entry");
			}
		}
	}

	private long insertFor(Connection connection, Style style, long nanos) throws SQLException {
		long written = 0;
		long end = System.nanoTime() + nanos;
		try (PreparedStatement entry = connection.prepareStatement(INSERT_ENTRY);
				PreparedStatement payloadRow = connection.prepareStatement(INSERT_PAYLOAD);
				PreparedStatement statement = connection.prepareStatement(INSERT_STATEMENT)) {
			while (System.nanoTime() < end) {
				for (int i = 0; i < PER_TRANSACTION; i++) {
					Savepoint savepoint = style == Style.SAVEPOINT_PER_ENTRY ? connection.setSavepoint() : null;
					bind(entry, payloadRow, statement, this.next++);
					if (style == Style.BATCHED) {
						entry.addBatch();
						payloadRow.addBatch();
						statement.addBatch();
					}
					else {
						entry.executeUpdate();
						payloadRow.executeUpdate();
						statement.executeUpdate();
					}
					if (savepoint != null) {
						connection.releaseSavepoint(savepoint);
					}
				}
				if (style == Style.BATCHED) {
					entry.executeBatch();
					payloadRow.executeBatch();
					statement.executeBatch();
				}
				connection.commit();
				written += PER_TRANSACTION;
			}
		}
		return written;
	}

	private void bind(PreparedStatement entry, PreparedStatement payloadRow, PreparedStatement statement, long idx)
			throws SQLException {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		entry.setString(1, "bench");
		entry.setLong(2, idx);
		entry.setBytes(3, this.leaf);
		entry.setBytes(4, Hashes.sha256(Long.toString(idx).getBytes()));
		entry.setString(5, PartyKey.KIND);
		entry.setString(6, "side-a/k" + (idx % 64));
		entry.setLong(7, idx);
		entry.setObject(8, now);
		entry.setString(9, "bench-liaison");
		payloadRow.setString(1, "bench");
		payloadRow.setLong(2, idx);
		payloadRow.setBytes(3, this.payload);
		statement.setString(1, "bench");
		statement.setLong(2, idx);
		statement.setString(3, "side-a");
		statement.setString(4, null);
		statement.setString(5, this.text);
		statement.setObject(6, now);
		statement.setString(7, null);
		statement.setObject(8, now);
	}

	private static void execute(Connection connection, String... sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			for (String each : sql) {
				statement.execute(each);
			}
		}
	}

}
