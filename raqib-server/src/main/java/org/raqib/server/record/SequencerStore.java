package org.raqib.server.record;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.raqib.server.system.NotFound;
import org.raqib.tlog.Checkpoint;
import org.raqib.tlog.CompactRange;
import org.raqib.tlog.ConsistencyProof;
import org.raqib.tlog.EntryKinds;
import org.raqib.tlog.Hashes;
import org.raqib.tlog.Roster;
import org.raqib.tlog.SignedEntry;
import org.raqib.tlog.Tile;
import org.raqib.tlog.TileHashReader;
import org.raqib.tlog.TileReader;
import org.raqib.tlog.Verifiers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a sequencer does to the database: load its state, append an entry with its payload and
 * projections, store the tiles a batch completes, sign checkpoints after checking they extend the last.
 */
@Component
class SequencerStore {

	private static final Logger logger = LoggerFactory.getLogger(SequencerStore.class);

	/** Savepoints of the batch's transaction, one per submission. */
	interface Savepoints {

		Object create();

		void release(Object savepoint);

		void rollback(Object savepoint);

	}

	record Loaded(SequencerState state, CompactRange range) {
	}

	/** A projection handler failed on an entry: the batch is run again, entry by entry. */
	static final class ProjectionFailed extends RuntimeException {

		ProjectionFailed(long index, RuntimeException cause) {
			super("the projection of entry " + index + " failed: " + cause.getMessage(), cause);
		}

	}

	/** Another node appended at this index (or this party's sequence number): this node must stop sequencing. */
	static final class Fenced extends RuntimeException {

		Fenced(String log, long index, Throwable cause) {
			super("log " + log + ": index " + index + " is taken by another node", cause);
		}

	}

	private final EntryStore entries;

	private final TileStore tiles;

	private final Projections projections;

	private final LogKeys keys;

	private final TransactionTemplate transactions;

	SequencerStore(EntryStore entries, TileStore tiles, Projections projections, LogKeys keys,
			TransactionTemplate transactions) {
		this.entries = entries;
		this.tiles = tiles;
		this.projections = projections;
		this.keys = keys;
		this.transactions = transactions;
	}

	<T> T inTransaction(Function<Savepoints, T> work) {
		return this.transactions.execute(status -> work.apply(savepoints(status)));
	}

	/**
	 * Writes admitted entries from {@code first} on: entries and payloads in two batched statements, then
	 * each entry's projection in order.
	 * @throws Fenced if another node holds one of the indexes (or sequence numbers).
	 * @throws ProjectionFailed if a handler failed; the caller rolls back.
	 */
	List<RecordedEntry> appendAll(String log, long first, List<Admission.Admitted> admitted) {
		var stored = new ArrayList<StoredEntry>(admitted.size());
		var payloads = new ArrayList<byte[]>(admitted.size());
		for (int i = 0; i < admitted.size(); i++) {
			SignedEntry signed = admitted.get(i).signed();
			byte[] leaf = signed.leaf();
			stored.add(new StoredEntry(first + i, leaf, Hashes.leafHash(leaf), signed.entry().kind(),
					signed.entry().party(), signed.entry().seq(), signed.entry().time(), admitted.get(i).recordedBy()));
			payloads.add(admitted.get(i).payload());
		}
		try {
			this.entries.insertEntries(log, stored, payloads);
		}
		catch (DuplicateKeyException ex) {
			throw new Fenced(log, first, ex);
		}
		var recorded = new ArrayList<RecordedEntry>(stored.size());
		for (int i = 0; i < stored.size(); i++) {
			RecordedEntry entry = Projections.recorded(log, stored.get(i), payloads.get(i),
					admitted.get(i).signed().entry().refs());
			try {
				this.projections.project(entry);
			}
			catch (RuntimeException ex) {
				throw new ProjectionFailed(entry.index(), ex);
			}
			recorded.add(entry);
		}
		return recorded;
	}

	void insertFullTiles(String log, Map<Tile, byte[]> grown) {
		grown.forEach((tile, hashes) -> {
			if (!tile.isPartial()) {
				this.entries.insertTile(log, tile.level(), tile.index(), hashes);
			}
		});
	}

	TileReader tiles(String log) {
		return this.tiles.reader(log);
	}

	void remember(String log, Map<Tile, byte[]> grown) {
		this.tiles.remember(log, grown);
	}

	byte[] leafHash(String log, long index) {
		return this.entries.entry(log, index).orElseThrow(() -> new NotFound("entry")).leafHash();
	}

	byte[] checkpointRoot(String log, long size) {
		return this.entries.checkpoint(log, size).map(StoredCheckpoint::root).orElse(null);
	}

	/**
	 * Signs a checkpoint of the range, after checking that it is consistent with the last one: the log
	 * never signs two views of its history.
	 */
	StoredCheckpoint signCheckpoint(LogInfo log, StoredCheckpoint last, CompactRange range, Instant now) {
		long size = range.size();
		byte[] root = range.root();
		if (last.size() > 0) {
			ConsistencyProof.generate(last.size(), size, new TileHashReader(size, this.tiles.reader(log.id())))
				.verify(last.root(), root);
		}
		byte[] note = new Checkpoint(log.origin(), size, root).sign(this.keys.logKey(log.id()).signer()).encode();
		var signed = new StoredCheckpoint(size, root, note, now);
		this.transactions.executeWithoutResult(status -> this.entries.insertCheckpoint(log.id(), signed));
		return signed;
	}

	/**
	 * Each idle minute, the latest checkpoint is signed again and must come out byte for byte as stored
	 * (Ed25519 is deterministic): the key still signs, the stored note was not altered, and it names the
	 * root the sequencer holds. Checkpoints carry no time, so there is nothing new to publish until
	 * witnesses add their timestamps.
	 */
	void selfCheck(LogInfo log, StoredCheckpoint last, CompactRange range) {
		if (last.size() == 0) {
			return;
		}
		Checkpoint opened = Checkpoint.open(last.note(), log.origin(),
				Verifiers.of(this.keys.logKey(log.id()).verifierKey().verifier()));
		byte[] signedAgain = opened.sign(this.keys.logKey(log.id()).signer()).encode();
		if (!Arrays.equals(signedAgain, last.note())
				|| (opened.size() == range.size() && !Arrays.equals(opened.root(), range.root()))) {
			throw new IllegalStateException("log " + log.id() + ": the stored checkpoint disagrees with the tree or key");
		}
	}

	Loaded load(LogInfo log) {
		long size = this.entries.size(log.id());
		CompactRange range = CompactRange.restore(size, new TileHashReader(size, this.tiles.reader(log.id())));
		StoredCheckpoint checkpoint = this.entries.latestCheckpoint(log.id()).orElse(StoredCheckpoint.empty());
		if (checkpoint.size() > size
				|| (checkpoint.size() == size && !Arrays.equals(checkpoint.root(), range.root()))) {
			throw new IllegalStateException("log " + log.id() + ": the stored entries do not match checkpoint "
					+ checkpoint.size());
		}
		Roster roster = this.entries.latestOfKind(log.id(), EntryKinds.ROSTER.name())
			.flatMap(e -> this.entries.payload(log.id(), e.index()))
			.map(payload -> Roster.parse(new String(payload, StandardCharsets.UTF_8)))
			.orElse(null);
		logger.info("log {}: sequencing from index {} (last checkpoint {})", log.id(), size, checkpoint.size());
		var state = new SequencerState(size, this.entries.lastSeqs(log.id()), roster, 0, checkpoint);
		return new Loaded(state, range);
	}

	private static Savepoints savepoints(TransactionStatus status) {
		return new Savepoints() {

			@Override
			public Object create() {
				return status.createSavepoint();
			}

			@Override
			public void release(Object savepoint) {
				status.releaseSavepoint(savepoint);
			}

			@Override
			public void rollback(Object savepoint) {
				status.rollbackToSavepoint(savepoint);
			}

		};
	}

}
