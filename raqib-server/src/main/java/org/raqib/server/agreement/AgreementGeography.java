package org.raqib.server.agreement;

import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.raqib.server.geo.Crossing;
import org.raqib.server.geo.GeoJsonReader;
import org.raqib.server.geo.Geography;
import org.raqib.server.geo.Post;
import org.raqib.server.geo.Zone;
import org.raqib.server.system.InvalidInput;

/** An agreement's geography, read by the geo module; its zones and crossings are what obligations name. */
final class AgreementGeography {

	/** Problems in the GeoJSON file are named under this prefix. */
	static final String FIELD = "geography: ";

	private AgreementGeography() {
	}

	/** The geography read once, or null when there is none or it was refused (its problems recorded). */
	static @Nullable Geography read(@Nullable String geojson, FileProblems problems) {
		if (geojson == null || geojson.isBlank()) {
			return null;
		}
		try {
			return GeoJsonReader.read(geojson);
		}
		catch (InvalidInput invalid) {
			problems.addAll(FIELD, invalid);
			return null;
		}
	}

	/** What obligations may name: the geography's zones and crossings. */
	static AgreementFileReader.Places places(@Nullable Geography geography) {
		return geography == null ? AgreementFileReader.Places.NONE
				: new AgreementFileReader.Places(ids(geography.zones().stream().map(Zone::id)),
						ids(geography.crossings().stream().map(Crossing::id)));
	}

	/** Observation posts are manned by parties of the agreement. */
	static void checkPosts(AgreementDefinition definition, @Nullable Geography geography, FileProblems problems) {
		if (geography == null) {
			return;
		}
		for (Post post : geography.posts()) {
			if (!definition.hasParty(post.party())) {
				problems.add(FIELD + "features (id \"" + post.id() + "\")", "agreement.party.not-in-agreement",
						post.party(), String.join(", ", definition.parties().stream().map(p -> p.party()).toList()));
			}
		}
	}

	/** The geography for the map: its features, line zones with their corridors; an empty collection when none. */
	static String mapJson(AgreementDefinition definition) {
		Geography geography = of(definition);
		return geography == null ? "{\"type\":\"FeatureCollection\",\"features\":[]}" : geography.toGeoJson();
	}

	static @Nullable Geography of(AgreementDefinition definition) {
		return definition.geography() == null ? null : GeoJsonReader.read(definition.geography());
	}

	private static Set<String> ids(java.util.stream.Stream<String> ids) {
		return ids.collect(Collectors.toUnmodifiableSet());
	}

}
