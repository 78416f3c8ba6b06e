package org.raqib.server.agreement.compliance;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

/**
 * The facts one {@link Criterion} counts, split by a {@link Grouping}, kept up to date as facts are
 * recorded and withdrawn. The latest view's sum per group is kept as it changes, so it is read without a
 * scan; other views scan this tally's rows (positions into the log's {@link FactColumns}, in index order),
 * never the whole log.
 */
final class Tally {

	/** What a view counts in one group: the sum of the quantities and the number of facts. */
	record Count(long sum, int facts) {
	}

	/** A counted fact met by a scan; return false to stop. */
	interface Visitor {

		boolean visit(int position, int group);

	}

	private static final byte UNDECIDED = 0;

	private static final byte COUNTED = 1;

	private static final byte IGNORED = 2;

	private final Criterion criterion;

	private final Grouping grouping;

	private final FactColumns facts;

	private final Shapes shapes;

	private final long from;

	private final long until;

	private byte[] decided = new byte[16];

	private int[][] groupsOfShape = new int[16][];

	private int[] rows = new int[16];

	private int[] groupOf = new int[16];

	private int size;

	private final List<Object> keys = new ArrayList<>();

	private final Map<Object, Integer> ids = new HashMap<>();

	private long[] latestSum = new long[8];

	private int[] latestFacts = new int[8];

	private long dayFrom = 1;

	private long dayUntil = 0;

	private int dayGroup;

	private Tally(Criterion criterion, Grouping grouping, FactColumns facts, Shapes shapes) {
		this.criterion = criterion;
		this.grouping = grouping;
		this.facts = facts;
		this.shapes = shapes;
		this.from = criterion.from();
		this.until = criterion.until();
	}

	/** A tally of every fact the log holds so far. */
	static Tally over(FactColumns facts, Shapes shapes, Criterion criterion, Grouping grouping) {
		var tally = new Tally(criterion, grouping, facts, shapes);
		for (int position = 0; position < facts.size(); position++) {
			tally.add(position);
		}
		return tally;
	}

	/** Counts the fact at a position after every position counted so far, if the criterion takes it. */
	void add(int position) {
		long when = this.facts.occurred(position);
		if (when < this.from || when >= this.until || !counts(this.facts.shape(position))) {
			return;
		}
		boolean kept = this.facts.withdrawnBy(position) == FactColumns.KEPT;
		if (this.grouping.dimension() != null) {
			for (int group : groupsOf(this.facts.shape(position))) {
				append(position, group, kept);
			}
		}
		else {
			append(position, this.grouping.zone() != null ? day(when) : group(Grouping.UNGROUPED), kept);
		}
	}

	/** The fact at a position, counted until now, was withdrawn. */
	void withdrawn(int position) {
		int row = Arrays.binarySearch(this.rows, 0, this.size, position);
		if (row < 0) {
			return;
		}
		while (row > 0 && this.rows[row - 1] == position) {
			row--;
		}
		for (; row < this.size && this.rows[row] == position; row++) {
			this.latestSum[this.groupOf[row]] -= this.facts.quantity(position);
			this.latestFacts[this.groupOf[row]]--;
		}
	}

	Object key(int group) {
		return this.keys.get(group);
	}

	/** Per group with at least one counted fact, in the order groups first appeared. */
	Map<Object, Count> counts(ViewFilter view) {
		long[] sums;
		int[] counted;
		if (view.latest()) {
			sums = this.latestSum;
			counted = this.latestFacts;
		}
		else {
			long[] scannedSums = new long[this.keys.size()];
			int[] scannedFacts = new int[this.keys.size()];
			scan(view, (position, group) -> {
				scannedSums[group] += this.facts.quantity(position);
				scannedFacts[group]++;
				return true;
			});
			sums = scannedSums;
			counted = scannedFacts;
		}
		var counts = new LinkedHashMap<Object, Count>();
		for (int group = 0; group < this.keys.size(); group++) {
			if (counted[group] > 0) {
				counts.put(this.keys.get(group), new Count(sums[group], counted[group]));
			}
		}
		return counts;
	}

	/** Visits the facts the view counts, in index order. */
	void scan(ViewFilter view, Visitor visitor) {
		long last = view.lastIndex();
		for (int row = 0; row < this.size; row++) {
			int position = this.rows[row];
			if (this.facts.index(position) > last) {
				return;
			}
			if (this.facts.counts(position, view) && !visitor.visit(position, this.groupOf[row])) {
				return;
			}
		}
	}

	FactColumns facts() {
		return this.facts;
	}

	/** For each group, whether its key passes. */
	boolean[] chosen(Predicate<Object> groups) {
		boolean[] chosen = new boolean[this.keys.size()];
		for (int group = 0; group < chosen.length; group++) {
			chosen[group] = groups.test(this.keys.get(group));
		}
		return chosen;
	}

	private boolean counts(int shape) {
		if (shape >= this.decided.length) {
			this.decided = Arrays.copyOf(this.decided, Math.max(shape + 1, this.decided.length * 2));
		}
		if (this.decided[shape] == UNDECIDED) {
			this.decided[shape] = this.criterion.matches(this.shapes.fact(shape)) ? COUNTED : IGNORED;
		}
		return this.decided[shape] == COUNTED;
	}

	private int[] groupsOf(int shape) {
		if (shape >= this.groupsOfShape.length) {
			this.groupsOfShape = Arrays.copyOf(this.groupsOfShape, Math.max(shape + 1, this.groupsOfShape.length * 2));
		}
		if (this.groupsOfShape[shape] == null) {
			Set<String> values = values(this.shapes.fact(shape), this.grouping.dimension());
			this.groupsOfShape[shape] = (values.isEmpty() ? Set.of(Grouping.UNGROUPED) : new TreeSet<>(values)).stream()
				.mapToInt(this::group)
				.toArray();
		}
		return this.groupsOfShape[shape];
	}

	private static Set<String> values(Fact fact, @Nullable String dimension) {
		if (Selection.PARTY.equals(dimension)) {
			return fact.party() == null ? Set.of() : Set.of(fact.party());
		}
		return fact.dimensions().getOrDefault(dimension, Set.of());
	}

	private int day(long when) {
		if (when < this.dayFrom || when >= this.dayUntil) {
			ZoneId zone = this.grouping.zone();
			LocalDate day = Micros.instant(when).atZone(zone).toLocalDate();
			this.dayFrom = Micros.floor(day.atStartOfDay(zone).toInstant());
			this.dayUntil = Micros.floor(day.plusDays(1).atStartOfDay(zone).toInstant());
			this.dayGroup = group(day);
		}
		return this.dayGroup;
	}

	private int group(Object key) {
		Integer id = this.ids.get(key);
		if (id == null) {
			id = this.keys.size();
			this.keys.add(key);
			this.ids.put(key, id);
			if (id == this.latestSum.length) {
				this.latestSum = Arrays.copyOf(this.latestSum, id * 2);
				this.latestFacts = Arrays.copyOf(this.latestFacts, id * 2);
			}
		}
		return id;
	}

	private void append(int position, int group, boolean kept) {
		if (this.size == this.rows.length) {
			this.rows = Arrays.copyOf(this.rows, this.size * 2);
			this.groupOf = Arrays.copyOf(this.groupOf, this.size * 2);
		}
		this.rows[this.size] = position;
		this.groupOf[this.size] = group;
		this.size++;
		if (kept) {
			this.latestSum[group] += this.facts.quantity(position);
			this.latestFacts[group]++;
		}
	}

}
