package org.raqib.server.record;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.raqib.server.access.RaqibUser;
import org.raqib.server.system.NotFound;
import org.raqib.server.system.Rejected;
import org.raqib.tlog.ConsistencyProof;
import org.raqib.tlog.EntryBundle;
import org.raqib.tlog.InclusionProof;
import org.raqib.tlog.Tile;
import org.raqib.tlog.TileHashReader;
import org.raqib.tlog.TlogProof;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Reading a log. The structure (checkpoints, tiles, entry notes, proofs, receipts) is public; payloads
 * are served only to those the owning kind allows.
 */
@Service
public class LogReader {

	/** A log with its current size and latest checkpoint, for lists. */
	public record LogSummary(LogInfo log, long size, long checkpointSize, @Nullable Instant checkpointAt) {
	}

	/** A key of the roster in force, as the Keys page shows it. */
	public record PartyKey(String party, String roles, String keyName, String vkey, boolean custodial, long validFrom,
			@Nullable Long validUntil) {
	}

	private final Logs logs;

	private final EntryStore entries;

	private final TileStore tiles;

	private final KindRegistry kinds;

	private final Sequencing sequencing;

	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

	LogReader(Logs logs, EntryStore entries, TileStore tiles, KindRegistry kinds, Sequencing sequencing,
			org.springframework.jdbc.core.simple.JdbcClient jdbc) {
		this.logs = logs;
		this.entries = entries;
		this.tiles = tiles;
		this.kinds = kinds;
		this.sequencing = sequencing;
		this.jdbc = jdbc;
	}

	public List<LogSummary> logs() {
		return this.logs.all().stream().map(this::summary).toList();
	}

	public LogSummary summary(String log) {
		return summary(this.logs.get(log));
	}

	private LogSummary summary(LogInfo log) {
		Optional<StoredCheckpoint> checkpoint = this.entries.latestCheckpoint(log.id());
		return new LogSummary(log, this.entries.size(log.id()), checkpoint.map(StoredCheckpoint::size).orElse(0L),
				checkpoint.map(StoredCheckpoint::signedAt).orElse(null));
	}

	public LogInfo log(String log) {
		return this.logs.get(log);
	}

	/** The latest signed checkpoint note. */
	public byte[] checkpoint(String log) {
		this.logs.get(log);
		return this.entries.latestCheckpoint(log).orElseThrow(() -> new NotFound("checkpoint")).note();
	}

	/** A hash tile of the tlog-tiles layout, if the log has grown that far. */
	public byte[] tile(String log, Tile tile) {
		checkWithin(log, tile);
		byte[] hashes = this.tiles.read(log, tile);
		return java.util.Arrays.copyOf(hashes, tile.width() * org.raqib.tlog.Hashes.SIZE);
	}

	/** An entry bundle of the tlog-tiles layout: the entry notes, never the payloads. */
	public byte[] entryBundle(String log, Tile tile) {
		if (tile.level() != 0) {
			throw new NotFound("tile");
		}
		checkWithin(log, tile);
		long first = tile.index() * Tile.FULL_WIDTH;
		return EntryBundle.encode(this.entries.entries(log, first, first + tile.width())
			.stream()
			.map(StoredEntry::leaf)
			.toList());
	}

	public InclusionProof inclusion(String log, long index, long size) {
		checkSize(log, size);
		if (index < 0 || index >= size) {
			throw new Rejected(HttpStatus.BAD_REQUEST, "INDEX", "the index must be below the size");
		}
		return InclusionProof.generate(index, size, new TileHashReader(size, this.tiles.reader(log)));
	}

	public ConsistencyProof consistency(String log, long oldSize, long newSize) {
		checkSize(log, newSize);
		if (oldSize < 1 || oldSize > newSize) {
			throw new Rejected(HttpStatus.BAD_REQUEST, "SIZE", "the old size must be between 1 and the new size");
		}
		return ConsistencyProof.generate(oldSize, newSize, new TileHashReader(newSize, this.tiles.reader(log)));
	}

	/**
	 * The entry's receipt (a C2SP tlog-proof) against the latest checkpoint, waiting up to {@code wait} for
	 * a checkpoint that covers it.
	 */
	public byte[] receipt(String log, long index, Duration wait) {
		StoredEntry entry = this.entries.entry(log, index).orElseThrow(() -> new NotFound("entry"));
		StoredCheckpoint checkpoint = this.entries.latestCheckpoint(log).filter(c -> c.size() > index)
			.orElseGet(() -> awaitCheckpoint(log, index, wait));
		InclusionProof proof = InclusionProof.generate(index, checkpoint.size(),
				new TileHashReader(checkpoint.size(), this.tiles.reader(log)));
		proof.verify(entry.leafHash(), checkpoint.root());
		return new TlogProof(new byte[0], index, proof.hashes(), checkpoint.note()).encode();
	}

	private StoredCheckpoint awaitCheckpoint(String log, long index, Duration wait) {
		var sequencer = this.sequencing.running(log);
		if (sequencer.isEmpty() || wait.isZero()) {
			throw notYet();
		}
		try {
			return sequencer.get().checkpointCovering(index).get(wait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (Exception ex) {
			throw notYet();
		}
	}

	private static Rejected notYet() {
		return new Rejected(HttpStatus.SERVICE_UNAVAILABLE, "NOT_YET_CHECKPOINTED",
				"no checkpoint covers the entry yet; it is signed within seconds");
	}

	public RecordedEntry entry(String log, long index) {
		StoredEntry stored = this.entries.entry(log, index).orElseThrow(() -> new NotFound("entry"));
		return Projections.recorded(log, stored, new byte[0]);
	}

	public byte[] leaf(String log, long index) {
		return this.entries.entry(log, index).orElseThrow(() -> new NotFound("entry")).leaf();
	}

	/** The payload, if the entry's kind lets this user (null: anonymous) read it. */
	public Optional<byte[]> payload(String log, long index, @Nullable RaqibUser user) {
		StoredEntry stored = this.entries.entry(log, index).orElseThrow(() -> new NotFound("entry"));
		byte[] payload = this.entries.payload(log, index).orElseThrow(() -> new NotFound("payload"));
		RecordedEntry entry = Projections.recorded(log, stored, payload);
		return this.kinds.get(entry.kind()).mayRead(user, entry) ? Optional.of(payload) : Optional.empty();
	}

	/** The roster text of a roster entry (public), or not found for any other entry. */
	public byte[] roster(String log, long index) {
		StoredEntry stored = this.entries.entry(log, index).orElseThrow(() -> new NotFound("entry"));
		if (!stored.kind().equals(org.raqib.tlog.EntryKinds.ROSTER.name())) {
			throw new NotFound("roster");
		}
		return this.entries.payload(log, index).orElseThrow(() -> new NotFound("payload"));
	}

	public List<RecordedEntry> latest(String log, int limit) {
		this.logs.get(log);
		return this.entries.latest(log, limit).stream().map(s -> Projections.recorded(log, s, new byte[0])).toList();
	}

	/** The kinds every log accepts, as the library's registry (what a verifier needs beside the roster). */
	public org.raqib.tlog.EntryKinds kinds() {
		return this.kinds.entryKinds();
	}

	public List<PartyKey> keys(String log) {
		this.logs.get(log);
		return this.jdbc.sql("""
				SELECT party, roles, key_name, vkey, custodial, valid_from, valid_until FROM record_party_key
				WHERE log_id = :log ORDER BY party, valid_from, key_name
				""")
			.param("log", log)
			.query((rs, row) -> new PartyKey(rs.getString("party"), rs.getString("roles"), rs.getString("key_name"),
					rs.getString("vkey"), rs.getBoolean("custodial"), rs.getLong("valid_from"),
					rs.getObject("valid_until") == null ? null : rs.getLong("valid_until")))
			.list();
	}

	private void checkSize(String log, long size) {
		this.logs.get(log);
		if (size < 1 || size > this.entries.size(log)) {
			throw new Rejected(HttpStatus.BAD_REQUEST, "SIZE", "the log is not that large");
		}
	}

	private void checkWithin(String log, Tile tile) {
		long size = this.entries.size(log);
		long nodes = size >>> (Tile.HEIGHT * tile.level());
		if (tile.index() * Tile.FULL_WIDTH + tile.width() > nodes) {
			throw new NotFound("tile");
		}
	}

}
