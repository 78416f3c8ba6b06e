package org.raqib.server.agreement.compliance;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** What a judge names as proof, found by scanning a tally in index order. */
final class Evidence {

	private Evidence() {
	}

	/** The log indexes, ascending and distinct, of the counted facts in the groups chosen. */
	static List<Long> of(Tally tally, ViewFilter view, Predicate<Object> groups) {
		var indexes = new ArrayList<Long>();
		boolean[] chosen = tally.chosen(groups);
		tally.scan(view, (position, group) -> {
			if (chosen[group]) {
				add(indexes, tally.facts().index(position));
			}
			return indexes.size() < Judgement.EVIDENCE_LIMIT;
		});
		return indexes;
	}

	static List<Long> all(Tally tally, ViewFilter view) {
		return of(tally, view, key -> true);
	}

	/** The facts, in the order the room recorded them, until their sum reached {@code target}. */
	static List<Long> reaching(Tally tally, ViewFilter view, long target) {
		var indexes = new ArrayList<Long>();
		long[] sum = { 0 };
		tally.scan(view, (position, group) -> {
			add(indexes, tally.facts().index(position));
			sum[0] += tally.facts().quantity(position);
			return sum[0] < target && indexes.size() < Judgement.EVIDENCE_LIMIT;
		});
		return indexes;
	}

	/** The position of the counted fact that occurred first (the lower index on a tie), or -1. */
	static int earliest(Tally tally, ViewFilter view) {
		int[] first = { -1 };
		tally.scan(view, (position, group) -> {
			if (first[0] < 0 || tally.facts().occurred(position) < tally.facts().occurred(first[0])) {
				first[0] = position;
			}
			return true;
		});
		return first[0];
	}

	private static void add(List<Long> indexes, long index) {
		if (indexes.isEmpty() || indexes.get(indexes.size() - 1) != index) {
			indexes.add(index);
		}
	}

}
