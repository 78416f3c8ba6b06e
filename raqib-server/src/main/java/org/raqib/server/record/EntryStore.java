package org.raqib.server.record;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.raqib.server.system.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The log's append-only tables: entries, payloads, full tiles and checkpoints. Nothing here updates or
 * deletes; the database refuses it anyway.
 */
@Repository
class EntryStore {

	private static final int PAGE = 1000;

	private static final String ENTRY_COLUMNS = "idx, leaf, leaf_hash, kind, party, seq, recorded_at, recorded_by";

	private final JdbcClient jdbc;

	private final org.springframework.jdbc.core.JdbcTemplate batch;

	EntryStore(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	void insertEntry(String log, StoredEntry entry, byte[] payload) {
		this.jdbc.sql("""
				INSERT INTO record_entry (log_id, idx, leaf, leaf_hash, kind, party, seq, recorded_at, recorded_by)
				VALUES (:log, :idx, :leaf, :hash, :kind, :party, :seq, :at, :by)
				""")
			.param("log", log)
			.param("idx", entry.index())
			.param("leaf", entry.leaf())
			.param("hash", entry.leafHash())
			.param("kind", entry.kind())
			.param("party", entry.party())
			.param("seq", entry.seq())
			.param("at", Timestamps.utc(entry.recordedAt()))
			.param("by", entry.recordedBy())
			.update();
		this.jdbc.sql("INSERT INTO record_payload (log_id, idx, payload) VALUES (:log, :idx, :payload)")
			.param("log", log)
			.param("idx", entry.index())
			.param("payload", payload)
			.update();
	}

	/** Inserts entries and their payloads in two batched statements (one round trip each on PostgreSQL). */
	void insertEntries(String log, List<StoredEntry> stored, List<byte[]> payloads) {
		this.batch.batchUpdate("""
				INSERT INTO record_entry (log_id, idx, leaf, leaf_hash, kind, party, seq, recorded_at, recorded_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", stored, stored.size(), (ps, entry) -> {
			ps.setString(1, log);
			ps.setLong(2, entry.index());
			ps.setBytes(3, entry.leaf());
			ps.setBytes(4, entry.leafHash());
			ps.setString(5, entry.kind());
			ps.setString(6, entry.party());
			ps.setLong(7, entry.seq());
			ps.setObject(8, Timestamps.utc(entry.recordedAt()));
			ps.setString(9, entry.recordedBy());
		});
		var indexed = new ArrayList<Integer>();
		for (int i = 0; i < stored.size(); i++) {
			indexed.add(i);
		}
		this.batch.batchUpdate("INSERT INTO record_payload (log_id, idx, payload) VALUES (?, ?, ?)", indexed,
				indexed.size(), (ps, i) -> {
					ps.setString(1, log);
					ps.setLong(2, stored.get(i).index());
					ps.setBytes(3, payloads.get(i));
				});
	}

	void insertTile(String log, int level, long index, byte[] hashes) {
		this.jdbc.sql("""
				INSERT INTO record_tile (log_id, tile_level, tile_index, hashes) VALUES (:log, :level, :index, :hashes)
				""")
			.param("log", log)
			.param("level", level)
			.param("index", index)
			.param("hashes", hashes)
			.update();
	}

	void insertCheckpoint(String log, StoredCheckpoint checkpoint) {
		this.jdbc.sql("""
				INSERT INTO record_checkpoint (log_id, tree_size, root_hash, note, signed_at)
				VALUES (:log, :size, :root, :note, :at)
				""")
			.param("log", log)
			.param("size", checkpoint.size())
			.param("root", checkpoint.root())
			.param("note", checkpoint.note())
			.param("at", Timestamps.utc(checkpoint.signedAt()))
			.update();
	}

	long size(String log) {
		return this.jdbc.sql("SELECT COALESCE(MAX(idx) + 1, 0) FROM record_entry WHERE log_id = :log")
			.param("log", log)
			.query(Long.class)
			.single();
	}

	Optional<StoredEntry> entry(String log, long index) {
		return this.jdbc.sql("SELECT " + ENTRY_COLUMNS + " FROM record_entry WHERE log_id = :log AND idx = :idx")
			.param("log", log)
			.param("idx", index)
			.query(EntryStore::entry)
			.optional();
	}

	List<StoredEntry> entries(String log, long from, long to) {
		return this.jdbc.sql("SELECT " + ENTRY_COLUMNS + """
				 FROM record_entry WHERE log_id = :log AND idx >= :from AND idx < :to ORDER BY idx
				""")
			.param("log", log)
			.param("from", from)
			.param("to", to)
			.query(EntryStore::entry)
			.list();
	}

	/** Every entry of the log in order, with its payload, read a page at a time. */
	void forEach(String log, Consumer<StoredEntryWithPayload> action) {
		long size = size(log);
		for (long from = 0; from < size; from += PAGE) {
			this.jdbc.sql("SELECT e.idx, e.leaf, e.leaf_hash, e.kind, e.party, e.seq, e.recorded_at, e.recorded_by,"
					+ " p.payload FROM record_entry e JOIN record_payload p ON p.log_id = e.log_id AND p.idx = e.idx"
					+ " WHERE e.log_id = :log AND e.idx >= :from AND e.idx < :to ORDER BY e.idx")
				.param("log", log)
				.param("from", from)
				.param("to", from + PAGE)
				.query((rs, row) -> new StoredEntryWithPayload(entry(rs, row), rs.getBytes("payload")))
				.list()
				.forEach(action);
		}
	}

	record StoredEntryWithPayload(StoredEntry entry, byte[] payload) {
	}

	List<byte[]> leafHashes(String log, long from, long to) {
		return this.jdbc.sql("SELECT leaf_hash FROM record_entry WHERE log_id = :log AND idx >= :from AND idx < :to"
				+ " ORDER BY idx")
			.param("log", log)
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> rs.getBytes(1))
			.list();
	}

	Optional<byte[]> payload(String log, long index) {
		return this.jdbc.sql("SELECT payload FROM record_payload WHERE log_id = :log AND idx = :idx")
			.param("log", log)
			.param("idx", index)
			.query((rs, row) -> rs.getBytes(1))
			.optional();
	}

	Optional<byte[]> fullTile(String log, int level, long index) {
		return this.jdbc.sql("""
				SELECT hashes FROM record_tile WHERE log_id = :log AND tile_level = :level AND tile_index = :index
				""")
			.param("log", log)
			.param("level", level)
			.param("index", index)
			.query((rs, row) -> rs.getBytes(1))
			.optional();
	}

	Optional<StoredCheckpoint> latestCheckpoint(String log) {
		return this.jdbc.sql("""
				SELECT tree_size, root_hash, note, signed_at FROM record_checkpoint
				WHERE log_id = :log ORDER BY tree_size DESC LIMIT 1
				""").param("log", log).query(EntryStore::checkpoint).optional();
	}

	Optional<StoredCheckpoint> checkpoint(String log, long size) {
		return this.jdbc.sql("""
				SELECT tree_size, root_hash, note, signed_at FROM record_checkpoint
				WHERE log_id = :log AND tree_size = :size
				""").param("log", log).param("size", size).query(EntryStore::checkpoint).optional();
	}

	List<StoredCheckpoint> checkpoints(String log) {
		return this.jdbc.sql("""
				SELECT tree_size, root_hash, note, signed_at FROM record_checkpoint WHERE log_id = :log ORDER BY tree_size
				""").param("log", log).query(EntryStore::checkpoint).list();
	}

	/** The last sequence number under each key name of the log. */
	Map<String, Long> lastSeqs(String log) {
		var seqs = new HashMap<String, Long>();
		this.jdbc.sql("SELECT party, MAX(seq) FROM record_entry WHERE log_id = :log GROUP BY party")
			.param("log", log)
			.query((ResultSet rs) -> {
				seqs.put(rs.getString(1), rs.getLong(2));
			});
		return seqs;
	}

	Optional<StoredEntry> latestOfKind(String log, String kind) {
		return this.jdbc.sql("SELECT " + ENTRY_COLUMNS + """
				 FROM record_entry WHERE log_id = :log AND kind = :kind ORDER BY idx DESC LIMIT 1
				""").param("log", log).param("kind", kind).query(EntryStore::entry).optional();
	}

	List<StoredEntry> latest(String log, int limit) {
		return this.jdbc.sql("SELECT " + ENTRY_COLUMNS + " FROM record_entry WHERE log_id = :log ORDER BY idx DESC"
				+ " LIMIT :limit").param("log", log).param("limit", limit).query(EntryStore::entry).list();
	}

	private static StoredEntry entry(ResultSet rs, int row) throws SQLException {
		Instant at = Timestamps.instant(rs, "recorded_at");
		return new StoredEntry(rs.getLong("idx"), rs.getBytes("leaf"), rs.getBytes("leaf_hash"), rs.getString("kind"),
				rs.getString("party"), rs.getLong("seq"), at, rs.getString("recorded_by"));
	}

	private static StoredCheckpoint checkpoint(ResultSet rs, int row) throws SQLException {
		return new StoredCheckpoint(rs.getLong("tree_size"), rs.getBytes("root_hash"), rs.getBytes("note"),
				Timestamps.instant(rs, "signed_at"));
	}

}
