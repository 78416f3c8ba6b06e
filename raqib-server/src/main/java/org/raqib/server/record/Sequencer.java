package org.raqib.server.record;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.raqib.server.system.Rejected;
import org.raqib.tlog.CompactRange;
import org.raqib.tlog.EntryKinds;
import org.raqib.tlog.Tile;
import org.raqib.tlog.TileBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;

/**
 * The one writer of a log. Submissions queue up; each batch (whatever is waiting, at most 256) is
 * admitted and appended in one transaction together with the payloads, the projections and the tiles it
 * completes; a checkpoint is signed at most every second when the tree grew. A submission that fails
 * fails alone (its savepoint is rolled back) and does not take an index.
 */
final class Sequencer {

	static final int MAX_BATCH = 256;

	static final int MAX_QUEUED = 8192;

	static final Duration CHECKPOINT_INTERVAL = Duration.ofSeconds(1);

	static final Duration SELF_CHECK_INTERVAL = Duration.ofMinutes(1);

	private static final Logger logger = LoggerFactory.getLogger(Sequencer.class);

	private record Pending(Submission submission, CompletableFuture<Sequenced> result, AtomicInteger state) {

		static final int QUEUED = 0;

		static final int TAKEN = 1;

		static final int ABANDONED = 2;

		/** The sequencer takes a submission into a batch, unless its caller gave up on it first. */
		boolean take() {
			return this.state.compareAndSet(QUEUED, TAKEN);
		}

	}

	/**
	 * A submission's outcome, and the caller's way to give up on it while it is still queued: once the
	 * sequencer has taken it into a batch, its outcome will come, so giving up is refused.
	 */
	record Ticket(CompletableFuture<Sequenced> result, AtomicInteger state) {

		boolean abandon() {
			return this.state.compareAndSet(Pending.QUEUED, Pending.ABANDONED);
		}

	}

	/** An entry appended by a batch, for the caller to wrap in a promise. */
	record Sequenced(long index, byte[] leafHash, Instant recordedAt) {
	}

	/** What other threads may read of the sequencer's state: consistent, and at most one batch old. */
	record Snapshot(long size, org.raqib.tlog.Roster roster, long rosterVersion, StoredCheckpoint checkpoint) {
	}

	private final LogInfo log;

	private final SequencerStore store;

	private final Admission admission;

	private final Clock clock;

	private final BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(MAX_QUEUED);

	private final Thread thread;

	private final List<CompletableFuture<StoredCheckpoint>> checkpointWaiters = new ArrayList<>();

	private volatile boolean running = true;

	private volatile Snapshot snapshot;

	private SequencerState state;

	private CompactRange range;

	private Instant lastSigned = Instant.EPOCH;

	private Instant lastSelfCheck;

	Sequencer(LogInfo log, SequencerStore store, LogKeys keys, EntryKinds kinds, Clock clock) {
		this.log = log;
		this.store = store;
		this.clock = clock;
		this.admission = new Admission(log, keys, kinds, clock, index -> store.leafHash(log.id(), index),
				size -> store.checkpointRoot(log.id(), size));
		load();
		this.lastSelfCheck = clock.instant();
		this.thread = new Thread(this::run, "sequencer-" + log.id());
		this.thread.setDaemon(true);
	}

	void start() {
		this.thread.start();
	}

	Snapshot snapshot() {
		return this.snapshot;
	}

	LogInfo log() {
		return this.log;
	}

	Ticket submit(Submission submission) {
		var pending = new Pending(submission, new CompletableFuture<>(), new AtomicInteger(Pending.QUEUED));
		if (!this.running) {
			pending.result().completeExceptionally(notSequencing());
		}
		else if (!this.queue.offer(pending)) {
			pending.result().completeExceptionally(new Rejected(HttpStatus.SERVICE_UNAVAILABLE, "BUSY",
					"the log has " + MAX_QUEUED + " entries waiting; try again"));
		}
		return new Ticket(pending.result(), pending.state());
	}

	/** Completes with the first checkpoint signed after this call whose size covers the index. */
	CompletableFuture<StoredCheckpoint> checkpointCovering(long index) {
		var waiter = new CompletableFuture<StoredCheckpoint>();
		StoredCheckpoint current = this.snapshot.checkpoint();
		if (current.size() > index) {
			waiter.complete(current);
			return waiter;
		}
		synchronized (this.checkpointWaiters) {
			this.checkpointWaiters.add(waiter);
		}
		return waiter.thenCompose(c -> c.size() > index ? CompletableFuture.completedFuture(c) : checkpointCovering(index));
	}

	/** Stops after the batch in hand; never interrupts it (an interrupt can close H2's file under it). */
	void stop() {
		this.running = false;
		try {
			this.thread.join(10_000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		failQueued(notSequencing());
	}

	boolean isRunning() {
		return this.running && this.thread.isAlive();
	}

	private void run() {
		while (this.running) {
			try {
				Pending first = this.queue.poll(pollMillis(), TimeUnit.MILLISECONDS);
				if (first != null) {
					var batch = new ArrayList<Pending>(MAX_BATCH);
					batch.add(first);
					this.queue.drainTo(batch, MAX_BATCH - 1);
					append(batch);
				}
				maybeSignCheckpoint();
			}
			catch (InterruptedException ex) {
				break;
			}
			catch (RuntimeException ex) {
				logger.error("log {}: the sequencer stops after a failure it cannot recover from", this.log.id(), ex);
				this.running = false;
			}
		}
		failQueued(notSequencing());
	}

	private long pollMillis() {
		if (this.range.size() > this.state.checkpoint.size()) {
			long due = Duration.between(this.clock.instant(), this.lastSigned.plus(CHECKPOINT_INTERVAL)).toMillis();
			return Math.max(1, Math.min(due, 200));
		}
		return 200;
	}

	private void append(List<Pending> taken) {
		List<Pending> batch = taken.stream().filter(Pending::take).toList();
		if (batch.isEmpty()) {
			return;
		}
		try {
			commit(batch, false);
		}
		catch (SequencerStore.ProjectionFailed ex) {
			// A handler failed: run the batch again with a savepoint per entry, so only that entry fails.
			commit(batch, true);
		}
	}

	/**
	 * Admits the batch in order and writes it in one transaction: entries and payloads in two batched
	 * statements, then the projections, then the tiles completed. With {@code isolated}, each entry has
	 * its savepoint and a failing handler fails only its entry.
	 */
	private void commit(List<Pending> batch, boolean isolated) {
		SequencerState next = this.state.copy();
		var outcomes = new LinkedHashMap<Pending, Object>();
		var leaves = new LinkedHashMap<Long, byte[]>();
		Map<Tile, byte[]> tiles;
		try {
			tiles = this.store.inTransaction(savepoints -> {
				if (isolated) {
					batch.forEach(p -> outcomes.put(p, appendOne(p, next, leaves, savepoints)));
				}
				else {
					appendAll(batch, next, leaves, outcomes);
				}
				Map<Tile, byte[]> grown = TileBuilder.grow(this.state.size, List.copyOf(leaves.values()),
						this.store.tiles(this.log.id()));
				this.store.insertFullTiles(this.log.id(), grown);
				return grown;
			});
		}
		catch (SequencerStore.ProjectionFailed ex) {
			throw ex;
		}
		catch (SequencerStore.Fenced ex) {
			logger.warn("log {}: another node appended at index {}; this node stops sequencing", this.log.id(),
					this.state.size);
			batch.forEach(p -> p.result().completeExceptionally(notSequencing()));
			this.running = false;
			return;
		}
		catch (RuntimeException ex) {
			logger.error("log {}: a batch of {} failed and nothing of it was appended", this.log.id(), batch.size(), ex);
			batch.forEach(p -> p.result().completeExceptionally(ex));
			load();
			return;
		}
		leaves.values().forEach(this.range::append);
		this.store.remember(this.log.id(), tiles);
		this.state = next;
		publish();
		outcomes.forEach(Sequencer::complete);
	}

	private void appendAll(List<Pending> batch, SequencerState next, Map<Long, byte[]> leaves,
			Map<Pending, Object> outcomes) {
		var admitted = new ArrayList<Admission.Admitted>();
		var owners = new ArrayList<Pending>();
		for (Pending pending : batch) {
			try {
				Admission.Admitted entry = this.admission.admit(pending.submission(), next, leaves);
				admitted.add(entry);
				owners.add(pending);
				advance(next, leaves, entry);
			}
			catch (RuntimeException ex) {
				outcomes.put(pending, ex);
			}
		}
		List<RecordedEntry> appended = this.store.appendAll(this.log.id(), next.size - admitted.size(), admitted);
		for (int i = 0; i < appended.size(); i++) {
			RecordedEntry entry = appended.get(i);
			outcomes.put(owners.get(i), new Sequenced(entry.index(), entry.leafHash(), entry.recordedAt()));
		}
	}

	private Object appendOne(Pending pending, SequencerState next, Map<Long, byte[]> leaves,
			SequencerStore.Savepoints savepoints) {
		Object savepoint = savepoints.create();
		try {
			Admission.Admitted admitted = this.admission.admit(pending.submission(), next, leaves);
			RecordedEntry entry = this.store.appendAll(this.log.id(), next.size, List.of(admitted)).get(0);
			savepoints.release(savepoint);
			advance(next, leaves, admitted);
			return new Sequenced(entry.index(), entry.leafHash(), entry.recordedAt());
		}
		catch (SequencerStore.Fenced ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			savepoints.rollback(savepoint);
			return ex instanceof SequencerStore.ProjectionFailed failed ? failed.getCause() : ex;
		}
	}

	/** What admitting an entry changes: its leaf, its key's last sequence number, the size, the roster. */
	private void advance(SequencerState next, Map<Long, byte[]> leaves, Admission.Admitted entry) {
		leaves.put(next.size, org.raqib.tlog.Hashes.leafHash(entry.signed().leaf()));
		next.seqs.put(entry.signed().entry().party(), entry.signed().entry().seq());
		if (entry.signed().entry().kind().equals(EntryKinds.ROSTER.name())) {
			next.roster = this.admission.roster(entry.payload());
			next.rosterVersion++;
		}
		next.size++;
	}

	private static void complete(Pending pending, Object outcome) {
		if (outcome instanceof Sequenced sequenced) {
			pending.result().complete(sequenced);
		}
		else {
			pending.result().completeExceptionally((Throwable) outcome);
		}
	}

	private void maybeSignCheckpoint() {
		Instant now = this.clock.instant();
		if (this.range.size() > this.state.checkpoint.size() && !now.isBefore(this.lastSigned.plus(CHECKPOINT_INTERVAL))) {
			StoredCheckpoint signed = this.store.signCheckpoint(this.log, this.state.checkpoint, this.range, now);
			this.state.checkpoint = signed;
			this.lastSigned = now;
			publish();
			List<CompletableFuture<StoredCheckpoint>> waiting;
			synchronized (this.checkpointWaiters) {
				waiting = List.copyOf(this.checkpointWaiters);
				this.checkpointWaiters.clear();
			}
			waiting.forEach(w -> w.complete(signed));
		}
		else if (!now.isBefore(this.lastSelfCheck.plus(SELF_CHECK_INTERVAL))) {
			this.store.selfCheck(this.log, this.state.checkpoint, this.range);
			this.lastSelfCheck = now;
		}
	}

	private void load() {
		var loaded = this.store.load(this.log);
		this.state = loaded.state();
		this.range = loaded.range();
		publish();
	}

	private void publish() {
		this.snapshot = new Snapshot(this.state.size, this.state.roster, this.state.rosterVersion, this.state.checkpoint);
	}

	private void failQueued(RuntimeException reason) {
		var left = new ArrayList<Pending>();
		this.queue.drainTo(left);
		left.forEach(p -> p.result().completeExceptionally(reason));
	}

	static Rejected notSequencing() {
		return new Rejected(HttpStatus.SERVICE_UNAVAILABLE, "NOT_SEQUENCER",
				"this node does not sequence the log now; try again shortly");
	}

}
