package org.raqib.server.agreement.compliance;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * The groups of one tally, numbered in the order they first appear, and the group of each fact: by its
 * shape's values of a dimension (decided once per shape), or by the day it occurred on (the last few
 * days seen are remembered, as facts come mostly in time order).
 */
final class Groups {

	private final Grouping grouping;

	private final Shapes shapes;

	private final List<Object> keys = new ArrayList<>();

	private final Map<Object, Integer> ids = new HashMap<>();

	private int[][] ofShape = new int[16][];

	/** The last days seen, as microsecond ranges: facts come mostly in time order, a few hours either side. */
	private final long[] dayFrom = { 1, 1, 1, 1 };

	private final long[] dayUntil = new long[4];

	private final int[] dayGroup = new int[4];

	private int nextDay;

	Groups(Grouping grouping, Shapes shapes) {
		this.grouping = grouping;
		this.shapes = shapes;
	}

	int size() {
		return this.keys.size();
	}

	Object key(int group) {
		return this.keys.get(group);
	}

	/** Whether facts are grouped by a dimension's values ({@link #byDimension}), else one group each ({@link #single}). */
	boolean byDimension() {
		return this.grouping.dimension() != null;
	}

	/** The group of a fact that occurred at this microsecond: its day, or the one group there is. */
	int single(long when) {
		return this.grouping.zone() != null ? byDay(when) : group(Grouping.UNGROUPED);
	}

	/** The groups of a fact of this shape: one per value of the dimension, or {@link Grouping#UNGROUPED}. */
	int[] byDimension(int shape) {
		if (shape >= this.ofShape.length) {
			this.ofShape = Arrays.copyOf(this.ofShape, Math.max(shape + 1, this.ofShape.length * 2));
		}
		if (this.ofShape[shape] == null) {
			Set<String> values = values(this.shapes.fact(shape), this.grouping.dimension());
			this.ofShape[shape] = (values.isEmpty() ? Set.of(Grouping.UNGROUPED) : new TreeSet<>(values)).stream()
				.mapToInt(this::group)
				.toArray();
		}
		return this.ofShape[shape];
	}

	private static Set<String> values(Fact fact, @Nullable String dimension) {
		if (Selection.PARTY.equals(dimension)) {
			return fact.party() == null ? Set.of() : Set.of(fact.party());
		}
		return fact.dimensions().getOrDefault(dimension, Set.of());
	}

	private int byDay(long when) {
		for (int i = 0; i < this.dayGroup.length; i++) {
			if (when >= this.dayFrom[i] && when < this.dayUntil[i]) {
				return this.dayGroup[i];
			}
		}
		ZoneId zone = this.grouping.zone();
		LocalDate day = Micros.instant(when).atZone(zone).toLocalDate();
		int slot = this.nextDay;
		this.nextDay = (slot + 1) % this.dayGroup.length;
		this.dayFrom[slot] = Micros.floor(day.atStartOfDay(zone).toInstant());
		this.dayUntil[slot] = Micros.floor(day.plusDays(1).atStartOfDay(zone).toInstant());
		this.dayGroup[slot] = group(day);
		return this.dayGroup[slot];
	}

	private int group(Object key) {
		Integer id = this.ids.get(key);
		if (id == null) {
			id = this.keys.size();
			this.keys.add(key);
			this.ids.put(key, id);
		}
		return id;
	}

}
