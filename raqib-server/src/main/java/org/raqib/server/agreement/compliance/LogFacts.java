package org.raqib.server.agreement.compliance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * What the engine keeps in memory of one log: its facts in columns and a tally per criterion an
 * assessment has asked for, each kept up to date as facts arrive, so the live status costs no scan.
 *
 * <p>Every change is idempotent (a fact is known by its index and ordinal; a withdrawal keeps the
 * first), because a change committed while the log was being loaded from the table may reach it twice.
 * Changes take the write lock; assessments read under the read lock and may add tallies meanwhile
 * (one thread builds each, the others wait for it).
 */
final class LogFacts {

	private record TallyKey(Criterion criterion, Grouping grouping) {
	}

	private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

	private final FactColumns facts = new FactColumns();

	private final Shapes shapes = new Shapes();

	private final Map<TallyKey, Tally> tallies = new ConcurrentHashMap<>();

	/** For each shape, the tallies that count it: a fact touches only those, not every tally. */
	private Tally[][] talliesOfShape = new Tally[0][];

	/** How many tallies there were when {@link #talliesOfShape} was filled; -1 when it must be refilled. */
	private int routed = -1;

	/** Records a fact unless it is already known. */
	void record(Fact fact, int ord) {
		write(() -> put(fact, ord, FactColumns.KEPT));
	}

	/** Records a fact with the next ordinal of its entry: for facts kept only in memory. */
	void recordNext(Fact fact) {
		write(() -> {
			int first = this.facts.firstOf(fact.index());
			int next = first;
			while (next < this.facts.size() && this.facts.index(next) == fact.index()) {
				next++;
			}
			put(fact, next - first, FactColumns.KEPT);
		});
	}

	/** Records a fact read back from the table, withdrawn or not. */
	void load(Fact fact, int ord, long withdrawnBy) {
		write(() -> put(fact, ord, withdrawnBy));
	}

	/** From view index {@code by} on, the facts of entry {@code target} no longer count. */
	void withdraw(long target, long by) {
		write(() -> {
			for (int position = this.facts.firstOf(target); position < this.facts.size()
					&& this.facts.index(position) == target; position++) {
				if (this.facts.withdrawnBy(position) == FactColumns.KEPT) {
					this.facts.withdraw(position, by);
					for (Tally tally : talliesOf(this.facts.shape(position))) {
						tally.withdrawn(position);
					}
				}
			}
		});
	}

	void clear() {
		write(() -> {
			this.facts.clear();
			this.tallies.clear();
			this.routed = -1;
		});
	}

	int size() {
		return read(this.facts::size);
	}

	/** Runs an assessment against a stable state: changes wait until it returns. */
	<T> T read(Supplier<T> reading) {
		this.lock.readLock().lock();
		try {
			return reading.get();
		}
		finally {
			this.lock.readLock().unlock();
		}
	}

	/** The facts of one measure that count now and occurred in {@code [from, to)}, in log order. */
	List<Fact> counting(String measure, Instant from, Instant to) {
		long start = Micros.floor(from);
		long end = Micros.floor(to);
		return read(() -> {
			var found = new ArrayList<Fact>();
			for (int position = 0; position < this.facts.size(); position++) {
				long occurred = this.facts.occurred(position);
				if (this.facts.withdrawnBy(position) != FactColumns.KEPT || occurred < start || occurred >= end) {
					continue;
				}
				Fact shape = this.shapes.fact(this.facts.shape(position));
				if (shape.measure().equals(measure)) {
					found.add(new Fact(shape.log(), this.facts.index(position), shape.recordedAt(),
							Micros.instant(occurred), measure, shape.party(), this.facts.quantity(position),
							shape.dimensions()));
				}
			}
			return found;
		});
	}

	/** The tally of a criterion, built from every fact on first use; call inside {@link #read}. */
	Tally tally(Criterion criterion, Grouping grouping) {
		return this.tallies.computeIfAbsent(new TallyKey(criterion, grouping),
				key -> Tally.over(this.facts, this.shapes, criterion, grouping));
	}

	private void put(Fact fact, int ord, long withdrawnBy) {
		int found = this.facts.find(fact.index(), ord);
		if (found >= 0) {
			return;
		}
		int at = -found - 1;
		this.facts.insert(at, fact.index(), ord, Micros.floor(fact.occurredAt()), fact.quantity(),
				this.shapes.id(fact), withdrawnBy);
		if (at == this.facts.size() - 1) {
			for (Tally tally : talliesOf(this.facts.shape(at))) {
				tally.add(at);
			}
		}
		else {
			// A fact of an earlier entry arrived late: positions after it moved, so tallies are rebuilt on next use.
			this.tallies.clear();
			this.routed = -1;
		}
	}

	/** Under the write lock: no tally is being added meanwhile, so the count says whether any was. */
	private Tally[] talliesOf(int shape) {
		if (this.routed != this.tallies.size()) {
			this.talliesOfShape = new Tally[0][];
			this.routed = this.tallies.size();
		}
		if (shape >= this.talliesOfShape.length) {
			this.talliesOfShape = Arrays.copyOf(this.talliesOfShape, Math.max(shape + 1, this.shapes.size()));
		}
		if (this.talliesOfShape[shape] == null) {
			this.talliesOfShape[shape] = this.tallies.values().stream().filter(t -> t.takes(shape)).toArray(Tally[]::new);
		}
		return this.talliesOfShape[shape];
	}

	private void write(Runnable change) {
		this.lock.writeLock().lock();
		try {
			change.run();
		}
		finally {
			this.lock.writeLock().unlock();
		}
	}

}
