package org.raqib.server.movement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.raqib.server.agreement.AgreementDefinition;
import org.raqib.server.geo.Crossing;
import org.raqib.server.geo.GeoJsonReader;
import org.raqib.server.geo.Geography;
import org.raqib.server.geo.Zone;

/**
 * What movement needs of an agreement: its parties, its time zone (a count's day is the local day its window
 * starts in), and its passages: the geography's crossings and its corridors as routes, with their names.
 */
record MovementRoom(String id, ZoneId zone, Set<String> parties, Map<String, Names> crossings,
		Map<String, Names> routes) {

	/** A passage's name in both languages. */
	record Names(String en, String ar) {

		String in(String language) {
			return "ar".equals(language) ? this.ar : this.en;
		}

	}

	static MovementRoom of(AgreementDefinition definition) {
		var crossings = new LinkedHashMap<String, Names>();
		var routes = new LinkedHashMap<String, Names>();
		if (definition.geography() != null && !definition.geography().isBlank()) {
			Geography geography = GeoJsonReader.read(definition.geography());
			for (Crossing c : geography.crossings()) {
				crossings.put(c.id(), new Names(c.nameEn(), c.nameAr()));
			}
			for (Zone z : geography.zones()) {
				if (z.isCorridor()) {
					routes.put(z.id(), new Names(z.nameEn(), z.nameAr()));
				}
			}
		}
		Set<String> parties = definition.parties().stream().map(AgreementDefinition.AgreementParty::party)
			.collect(Collectors.toUnmodifiableSet());
		return new MovementRoom(definition.id(), ZoneId.of(definition.timeZone()), parties, Map.copyOf(crossings),
				Map.copyOf(routes));
	}

	boolean knows(Passage passage) {
		return passage.route() ? this.routes.containsKey(passage.id()) : this.crossings.containsKey(passage.id());
	}

	LocalDate day(Instant at) {
		return at.atZone(this.zone).toLocalDate();
	}

	String name(Passage passage, String language) {
		Names names = (passage.route() ? this.routes : this.crossings).get(passage.id());
		return names == null ? passage.id() : names.in(language);
	}

}
