package org.raqib.server.agreement.compliance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

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

	private final FactColumns facts;

	private final Shapes shapes;

	private final Groups groups;

	private final long from;

	private final long until;

	private byte[] decided = new byte[16];

	private int[] rows = new int[16];

	private int[] groupOf = new int[16];

	private int size;

	private long[] latestSum = new long[8];

	private int[] latestFacts = new int[8];

	private Tally(Criterion criterion, Grouping grouping, FactColumns facts, Shapes shapes) {
		this.criterion = criterion;
		this.facts = facts;
		this.shapes = shapes;
		this.groups = new Groups(grouping, shapes);
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
		if (when < this.from || when >= this.until || !takes(this.facts.shape(position))) {
			return;
		}
		boolean kept = this.facts.withdrawnBy(position) == FactColumns.KEPT;
		if (this.groups.byDimension()) {
			for (int group : this.groups.byDimension(this.facts.shape(position))) {
				append(position, group, kept);
			}
		}
		else {
			append(position, this.groups.single(when), kept);
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
		return this.groups.key(group);
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
			long[] scannedSums = new long[this.groups.size()];
			int[] scannedFacts = new int[this.groups.size()];
			scan(view, (position, group) -> {
				scannedSums[group] += this.facts.quantity(position);
				scannedFacts[group]++;
				return true;
			});
			sums = scannedSums;
			counted = scannedFacts;
		}
		var counts = new LinkedHashMap<Object, Count>();
		for (int group = 0; group < Math.min(this.groups.size(), counted.length); group++) {
			if (counted[group] > 0) {
				counts.put(this.groups.key(group), new Count(sums[group], counted[group]));
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
		boolean[] chosen = new boolean[this.groups.size()];
		for (int group = 0; group < chosen.length; group++) {
			chosen[group] = groups.test(this.groups.key(group));
		}
		return chosen;
	}

	/** Whether the criterion counts facts of a shape (when they occur within its window). */
	boolean takes(int shape) {
		if (shape >= this.decided.length) {
			this.decided = Arrays.copyOf(this.decided, Math.max(shape + 1, this.decided.length * 2));
		}
		if (this.decided[shape] == UNDECIDED) {
			this.decided[shape] = this.criterion.matches(this.shapes.fact(shape)) ? COUNTED : IGNORED;
		}
		return this.decided[shape] == COUNTED;
	}

	private void append(int position, int group, boolean kept) {
		if (group >= this.latestSum.length) {
			this.latestSum = Arrays.copyOf(this.latestSum, Math.max(group + 1, this.latestSum.length * 2));
			this.latestFacts = Arrays.copyOf(this.latestFacts, this.latestSum.length);
		}
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
