package org.raqib.server.agreement.compliance;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The counted facts of every log, fed by the modules that own the entries they come from, from inside
 * their projection (the sequencer's transaction). Facts are written to {@value #TABLE} in the caller's
 * transaction; the engine's memory of the log changes only once that transaction commits, and is read
 * back from the table on first use after a restart.
 *
 * <p>A module whose projection feeds facts should list {@value #TABLE} among its kinds'
 * {@code projectionTables}, so a rebuild compares them, and have the log's facts forgotten before a
 * repairing replay.
 */
@Service
public class Facts {

	/** The table facts are kept in: a projection of the log, with a {@code log_id} column. */
	public static final String TABLE = "compliance_fact";

	private final @Nullable FactTable table;

	private final ConcurrentMap<String, Memory> logs = new ConcurrentHashMap<>();

	@Autowired
	Facts(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this(new FactTable(jdbc, transactions));
	}

	private Facts(@Nullable FactTable table) {
		this.table = table;
	}

	/** Facts kept only in memory, changed at once: for tests and the benchmark. */
	public static Facts inMemory() {
		return new Facts((FactTable) null);
	}

	/** Counts a fact from now on; a correction is a withdrawal followed by the corrected fact's record. */
	public void record(Fact fact) {
		Fact exact = exact(fact);
		if (this.table == null) {
			memory(exact.log()).recordNext(exact);
			return;
		}
		PendingChanges pending = PendingChanges.current(this, this::apply);
		int ord = pending != null ? pending.nextOrdinal(exact.log(), exact.index())
				: this.table.nextOrdinal(exact.log(), exact.index());
		this.table.insert(exact, ord);
		Consumer<LogFacts> change = state -> state.record(exact, ord);
		if (pending != null) {
			pending.recorded(exact.log(), exact.index(), change);
		}
		else {
			apply(exact.log(), change);
		}
	}

	/** The entry at {@code target} was retracted or corrected by entry {@code by}: from view index {@code by} on, its facts no longer count. */
	public void withdraw(String log, long target, long by) {
		if (this.table != null) {
			this.table.withdraw(log, target, by);
		}
		change(log, state -> state.withdraw(target, by));
	}

	/** Drops every fact of a log, before the log is replayed. */
	public void forget(String log) {
		if (this.table != null) {
			this.table.delete(log);
		}
		change(log, LogFacts::clear);
	}

	/**
	 * The facts of one measure that count now (not withdrawn) and occurred in {@code [from, to)}, in log order:
	 * for modules that compare other figures with the record's. {@code recordedAt} is that of the first fact of
	 * the same shape, not necessarily this one's.
	 */
	public List<Fact> counting(String log, String measure, Instant from, Instant to) {
		return memory(log).counting(measure, from, to);
	}

	/** The log's facts in memory, read from the table on first use. */
	LogFacts memory(String log) {
		return this.logs.computeIfAbsent(log, Memory::new).loaded(this.table);
	}

	private void change(String log, Consumer<LogFacts> change) {
		PendingChanges pending = this.table == null ? null : PendingChanges.current(this, this::apply);
		if (pending != null) {
			pending.changed(log, change);
		}
		else {
			apply(log, change);
		}
	}

	/** Applies a committed change to a log's memory if it was loaded; if not, the table has it already. */
	private void apply(String log, Consumer<LogFacts> change) {
		if (this.table == null) {
			change.accept(memory(log));
			return;
		}
		Memory memory = this.logs.get(log);
		if (memory != null) {
			memory.ifLoaded(change);
		}
	}

	/** Times as the table keeps them (microseconds), and no empty dimension, so memory and table agree. */
	private static Fact exact(Fact fact) {
		var dimensions = Dimensions.withoutEmpty(fact.dimensions());
		if (dimensions == fact.dimensions() && fact.occurredAt().getNano() % 1000 == 0
				&& fact.recordedAt().getNano() % 1000 == 0) {
			return fact;
		}
		return new Fact(fact.log(), fact.index(), Micros.truncated(fact.recordedAt()),
				Micros.truncated(fact.occurredAt()), fact.measure(), fact.party(), fact.quantity(), dimensions);
	}

	/**
	 * One log's memory and its loading. A change committed while the log loads waits for the load and is
	 * then applied; changes are idempotent, so one the load already read does no harm.
	 */
	private static final class Memory {

		private final String log;

		private @Nullable LogFacts facts;

		Memory(String log) {
			this.log = log;
		}

		synchronized LogFacts loaded(@Nullable FactTable table) {
			if (this.facts == null) {
				var loading = new LogFacts();
				if (table != null) {
					table.load(this.log, loading::load);
				}
				this.facts = loading;
			}
			return this.facts;
		}

		synchronized void ifLoaded(Consumer<LogFacts> change) {
			if (this.facts != null) {
				change.accept(this.facts);
			}
		}

	}

}
