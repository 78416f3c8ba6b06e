package org.raqib.server.osint;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.raqib.server.agreement.compliance.Fact;

/**
 * Which of the record's facts a news measure counts the same thing as. The facts are those the modules feed
 * the compliance engine: {@code exchange.released} (prisoners and detainees released, apart from the held
 * persons the other side released), {@code aid.trucks} at the crossing stage (fuel trucks: those carrying
 * fuel), {@code movement.crossed} by category.
 */
final class RecordMeasures {

	/** A record measure and which of its facts a news measure counts. */
	record Mapping(String measure, Predicate<Fact> counts) {
	}

	private static final Set<String> PRISONERS = Set.of("prisoner", "detainee", "wartime-detainee", "life-sentence");

	private static final Map<String, Mapping> MAPPINGS = Map.of(
			"prisoners-released", new Mapping("exchange.released", RecordMeasures::prisoner),
			"held-persons-released", new Mapping("exchange.released", f -> !prisoner(f)),
			"aid-trucks", new Mapping("aid.trucks", f -> f.has("stage", "crossed")),
			"fuel-trucks", new Mapping("aid.trucks", f -> f.has("stage", "crossed") && f.has("cargo", "fuel")),
			"patients", new Mapping("movement.crossed", f -> f.has("category", "patient")),
			"escorts", new Mapping("movement.crossed", f -> f.has("category", "escort")),
			"returnees", new Mapping("movement.crossed", f -> f.has("category", "returnee")));

	private RecordMeasures() {
	}

	static Optional<Mapping> of(String newsMeasure) {
		return Optional.ofNullable(MAPPINGS.get(newsMeasure));
	}

	static List<String> newsMeasures() {
		return MAPPINGS.keySet().stream().sorted().toList();
	}

	private static boolean prisoner(Fact fact) {
		return PRISONERS.stream().anyMatch(c -> fact.has("category", c));
	}

}
