package org.raqib.text.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Two lists matched one to one. Blocking first: a person is compared only with those of the other list
 * who share at least two name parts (by the alias table's name or the consonant skeleton, in any order),
 * or the only part of a one-part name, or the ID number; so 10,000 × 10,000 names cost a few comparisons
 * each, not 10,000. Then pairs scoring at least probable are taken best first, each person at most once;
 * everyone left over is unmatched on their side. Persons are scored in parallel, on every core there is;
 * the result does not depend on their order.
 */
public final class Reconciliation {

	/** A pair of persons, by their position in the left and the right list, and how they compare. */
	public record Pair(int left, int right, NameMatch match) {
	}

	/**
	 * The matched and probable pairs (best first) and the positions left unmatched on either side.
	 */
	public record Result(List<Pair> matched, List<Pair> probable, List<Integer> leftUnmatched,
			List<Integer> rightUnmatched, long comparisons) {
	}

	private final NameMatcher matcher;

	public Reconciliation() {
		this(new NameMatcher());
	}

	public Reconciliation(NameMatcher matcher) {
		this.matcher = matcher;
	}

	public Result reconcile(List<NameRecord> left, List<NameRecord> right) {
		List<NameMatcher.Prepared> l = left.parallelStream().map(this.matcher::prepare).toList();
		List<NameMatcher.Prepared> r = right.parallelStream().map(this.matcher::prepare).toList();
		Map<String, List<Integer>> blocks = new HashMap<>();
		for (int j = 0; j < r.size(); j++) {
			for (String key : keys(r.get(j))) {
				blocks.computeIfAbsent(key, k -> new ArrayList<>(2)).add(j);
			}
		}
		var comparisons = new LongAdder();
		List<Pair> candidates = IntStream.range(0, l.size())
			.parallel()
			.mapToObj(i -> candidates(i, l.get(i), r, blocks, comparisons))
			.flatMap(List::stream)
			.collect(Collectors.toCollection(ArrayList::new));
		return assign(candidates, l.size(), r.size(), comparisons.sum());
	}

	/** The pairs of one person of the left list that score at least probable. */
	private List<Pair> candidates(int i, NameMatcher.Prepared person, List<NameMatcher.Prepared> r,
			Map<String, List<Integer>> blocks, LongAdder comparisons) {
		var pairs = new ArrayList<Pair>(2);
		var seen = new HashSet<Integer>();
		for (String key : keys(person)) {
			for (int j : blocks.getOrDefault(key, List.of())) {
				if (seen.add(j)) {
					NameMatch match = this.matcher.compare(person, r.get(j));
					if (match.verdict() != Verdict.UNMATCHED) {
						pairs.add(new Pair(i, j, match));
					}
				}
			}
		}
		comparisons.add(seen.size());
		return pairs;
	}

	/** Best first, each person once; ties go to the earlier positions, so the result is deterministic. */
	static Result assign(List<Pair> candidates, int leftSize, int rightSize, long comparisons) {
		candidates.sort(Comparator.comparingDouble((Pair p) -> -p.match().score())
			.thenComparingInt(Pair::left)
			.thenComparingInt(Pair::right));
		boolean[] leftTaken = new boolean[leftSize];
		boolean[] rightTaken = new boolean[rightSize];
		var matched = new ArrayList<Pair>();
		var probable = new ArrayList<Pair>();
		for (Pair pair : candidates) {
			if (!leftTaken[pair.left()] && !rightTaken[pair.right()]) {
				leftTaken[pair.left()] = true;
				rightTaken[pair.right()] = true;
				(pair.match().verdict() == Verdict.MATCHED ? matched : probable).add(pair);
			}
		}
		return new Result(matched, probable, untaken(leftTaken), untaken(rightTaken), comparisons);
	}

	private static List<Integer> untaken(boolean[] taken) {
		var left = new ArrayList<Integer>();
		for (int i = 0; i < taken.length; i++) {
			if (!taken[i]) {
				left.add(i);
			}
		}
		return left;
	}

	/** The blocking keys: every two parts of each of the person's names, in either order, and the ID. */
	static Set<String> keys(NameMatcher.Prepared person) {
		var keys = new LinkedHashSet<String>();
		for (ParsedName name : person.names()) {
			List<NamePart> parts = name.parts();
			if (parts.size() == 1) {
				keys.add(parts.get(0).key());
			}
			for (int i = 0; i < parts.size(); i++) {
				for (int k = i + 1; k < parts.size(); k++) {
					String a = parts.get(i).key();
					String b = parts.get(k).key();
					keys.add(a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a);
				}
			}
		}
		if (person.id() != null) {
			keys.add("id:" + person.id());
		}
		return keys;
	}

}
