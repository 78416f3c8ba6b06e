package org.raqib.server.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.raqib.server.agreement.AgreementDefinition;
import org.raqib.server.agreement.AgreementDefinition.ObligationTerms;
import org.raqib.server.agreement.compliance.Fact;

/** Sums of facts the sections draw and report: by day and a dimension, by a key; and the agreement's quotas. */
final class Counting {

	/** The value of a fact that has several for a dimension (a truck of food and water). */
	static final String MIXED = "mixed";

	private Counting() {
	}

	/** The fact's one value for the dimension, {@value #MIXED} when it has several, "" when none. */
	static String value(Fact fact, String dimension) {
		if ("party".equals(dimension)) {
			return Objects.requireNonNullElse(fact.party(), "");
		}
		Set<String> values = fact.dimensions().getOrDefault(dimension, Set.of());
		return values.isEmpty() ? "" : values.size() == 1 ? values.iterator().next() : MIXED;
	}

	/** Every value of the fact for the dimension, sorted and joined with {@code +}. */
	static String values(Fact fact, String dimension) {
		return String.join("+", new java.util.TreeSet<>(fact.dimensions().getOrDefault(dimension, Set.of())));
	}

	/** For each value of the dimension, the sum per day of the list (zero where nothing happened). */
	static Map<String, List<Long>> perDay(List<Fact> facts, String dimension, List<LocalDate> days,
			Function<Fact, LocalDate> dayOf) {
		var sums = new TreeMap<String, long[]>();
		for (Fact fact : facts) {
			int at = days.indexOf(dayOf.apply(fact));
			if (at >= 0) {
				sums.computeIfAbsent(value(fact, dimension), v -> new long[days.size()])[at] += fact.quantity();
			}
		}
		var result = new TreeMap<String, List<Long>>();
		sums.forEach((value, counts) -> result.put(value, java.util.Arrays.stream(counts).boxed().toList()));
		return result;
	}

	/** The sum of the facts per key. */
	static Map<String, Long> sum(List<Fact> facts, Function<Fact, String> key) {
		var sums = new TreeMap<String, Long>();
		facts.forEach(f -> sums.merge(key.apply(f), f.quantity(), Long::sum));
		return sums;
	}

	static long total(List<Fact> facts) {
		return facts.stream().mapToLong(Fact::quantity).sum();
	}

	/** The agreement's obligations of a kind on a measure, with a target. */
	static List<ObligationTerms> obligations(AgreementDefinition definition, String kind, String measure) {
		var found = new ArrayList<ObligationTerms>();
		for (ObligationTerms t : definition.obligations()) {
			if (kind.equals(t.kind()) && measure.equals(t.count().measure()) && t.atLeast() != null) {
				found.add(t);
			}
		}
		return found;
	}

	/** The agreement's daily quotas on a measure. */
	static List<ObligationTerms> dailyQuotas(AgreementDefinition definition, String measure) {
		return obligations(definition, "quota", measure).stream().filter(t -> "day".equals(t.per())).toList();
	}

	static List<Long> constant(long value, int size) {
		return java.util.Collections.nCopies(size, value);
	}

}
