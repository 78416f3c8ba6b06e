package org.raqib.server.agreement;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What obligations may count: each measure and the dimensions its facts carry, with the values a
 * dimension may take. The exchange, aid, movement and incident modules feed facts of these measures to
 * the compliance engine; an agreement file naming anything else is refused.
 */
final class MeasureCatalogue {

	/** How a dimension's values are checked. */
	enum Values {
		/** A party of the agreement. */
		PARTY,
		/** A zone of the agreement's geography. */
		ZONE,
		/** A crossing of the agreement's geography. */
		CROSSING,
		/** A positive whole number (a round). */
		NUMBER,
		/** An identifier of the agreement's choosing. */
		NAME,
		/** One of the listed values. */
		LISTED
	}

	record Dimension(String name, Values values, List<String> listed) {

		static Dimension of(String name, Values values) {
			return new Dimension(name, values, List.of());
		}

		static Dimension listed(String name, String... values) {
			return new Dimension(name, Values.LISTED, List.of(values));
		}

	}

	static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

	private static final String[] PERSONS = { "civilian", "woman", "child", "elderly", "sick", "female-soldier",
			"soldier", "body", "prisoner", "detainee", "minor", "foreign-national" };

	private static final Dimension PARTY = Dimension.of("party", Values.PARTY);

	static final Map<String, List<Dimension>> MEASURES = Map.of(
			"exchange.released", List.of(PARTY, Dimension.listed("category", PERSONS), Dimension.listed("for", PERSONS),
					Dimension.of("round", Values.NUMBER)),
			"exchange.list-handed-over", List.of(PARTY, Dimension.of("round", Values.NUMBER)),
			"aid.trucks", List.of(PARTY,
					Dimension.listed("cargo", "food", "medical", "shelter", "wash", "fuel", "cooking-gas", "commercial",
							"other"),
					Dimension.listed("destination", "north", "south"), Dimension.of("crossing", Values.CROSSING),
					Dimension.listed("stage", "registered", "arrived", "inspected", "cleared", "rejected", "crossed",
							"offloaded", "collected", "delivered", "intercepted")),
			"movement.crossed", List.of(PARTY, Dimension.of("crossing", Values.CROSSING),
					Dimension.of("route", Values.ZONE),
					Dimension.listed("category", "patient", "escort", "returnee", "pedestrian", "vehicle", "traveller",
							"foreign-national", "humanitarian-staff", "other"),
					Dimension.listed("direction", "in", "out"), Dimension.listed("mode", "foot", "vehicle")),
			"incident.reported", List.of(PARTY, Dimension.of("zone", Values.ZONE),
					Dimension.listed("type", "ceasefire-violation", "armed-clash", "shelling", "air-strike",
							"heavy-weapons-in-zone", "armed-group-in-zone", "obstruction-of-aid",
							"restriction-of-movement", "interception-of-aid"),
					Dimension.listed("status", "reported", "verified")),
			"agreement.milestone", List.of(PARTY, Dimension.of("milestone", Values.NAME)));

	/** Dimensions whose facts carry persons, so a ratio must say which category it counts. */
	static final List<String> CATEGORIES = List.of("category", "for");

	private MeasureCatalogue() {
	}

	static Optional<Dimension> dimension(String measure, String name) {
		return MEASURES.getOrDefault(measure, List.of()).stream().filter(d -> d.name().equals(name)).findFirst();
	}

}
