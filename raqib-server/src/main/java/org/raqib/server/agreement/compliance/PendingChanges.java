package org.raqib.server.agreement.compliance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The changes to memory one transaction made through {@link Facts}, applied only once it commits: a
 * rolled-back batch, or an entry whose savepoint the sequencer rolled back, leaves memory as it was.
 * Also numbers the facts of each entry within the transaction (their ordinals).
 */
final class PendingChanges implements TransactionSynchronization {

	/** A change to one log's memory, with the entry it came from (for a record, to number the entry's facts). */
	private record Change(String log, long recordedIndex, Consumer<LogFacts> apply) {
	}

	private record Entry(String log, long index) {
	}

	private final Object key;

	private final Memory memory;

	private final List<Change> changes = new ArrayList<>();

	private final Map<Entry, Integer> facts = new HashMap<>();

	private final Map<Object, Integer> savepoints = new IdentityHashMap<>();

	/** Where committed changes go. */
	interface Memory {

		void apply(String log, Consumer<LogFacts> change);

	}

	private PendingChanges(Object key, Memory memory) {
		this.key = key;
		this.memory = memory;
	}

	/** The current transaction's changes for this owner, or null outside a transaction. */
	static @Nullable PendingChanges current(Object owner, Memory memory) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return null;
		}
		var pending = (PendingChanges) TransactionSynchronizationManager.getResource(owner);
		if (pending == null) {
			pending = new PendingChanges(owner, memory);
			TransactionSynchronizationManager.bindResource(owner, pending);
			TransactionSynchronizationManager.registerSynchronization(pending);
		}
		return pending;
	}

	/** The ordinal of an entry's next fact in this transaction. */
	int nextOrdinal(String log, long index) {
		return this.facts.getOrDefault(new Entry(log, index), 0);
	}

	void recorded(String log, long index, Consumer<LogFacts> apply) {
		this.changes.add(new Change(log, index, apply));
		this.facts.merge(new Entry(log, index), 1, Integer::sum);
	}

	void changed(String log, Consumer<LogFacts> apply) {
		this.changes.add(new Change(log, -1, apply));
	}

	@Override
	public void savepoint(Object savepoint) {
		this.savepoints.put(savepoint, this.changes.size());
	}

	@Override
	public void savepointRollback(Object savepoint) {
		// A savepoint taken before this transaction's first change is unknown here: everything since goes.
		int kept = this.savepoints.getOrDefault(savepoint, 0);
		this.changes.subList(kept, this.changes.size()).clear();
		this.facts.clear();
		this.changes.stream()
			.filter(change -> change.recordedIndex() >= 0)
			.forEach(change -> this.facts.merge(new Entry(change.log(), change.recordedIndex()), 1, Integer::sum));
	}

	@Override
	public void afterCommit() {
		this.changes.forEach(change -> this.memory.apply(change.log(), change.apply()));
	}

	@Override
	public void afterCompletion(int status) {
		TransactionSynchronizationManager.unbindResourceIfPossible(this.key);
	}

}
