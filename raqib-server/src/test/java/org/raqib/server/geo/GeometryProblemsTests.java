package org.raqib.server.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.raqib.server.geo.GeoFiles.collection;
import static org.raqib.server.geo.GeoFiles.collectionWithin;
import static org.raqib.server.geo.GeoFiles.feature;
import static org.raqib.server.geo.GeoFiles.lineZone;
import static org.raqib.server.geo.GeoFiles.place;
import static org.raqib.server.geo.GeoFiles.polygonZone;
import static org.raqib.server.geo.GeoFiles.problem;
import static org.raqib.server.geo.GeoFiles.problems;

import org.junit.jupiter.api.Test;

/** Geometries: the right type for the kind, well formed, on the globe, the right way round, and valid. */
class GeometryProblemsTests {

	static final String IDLIB_AREA = "[35.6, 35.0, 37.3, 36.4]";

	@Test
	void refusesAGeometryTypeTheKindCannotHave() {
		assertThat(problems(collection(feature("op-01", "post", "\"party\": \"turkey\"", "Polygon",
				"[[[36, 35], [37, 35], [37, 36], [36, 35]]]"), feature("dmz", "zone", "", "Point", GeoFiles.IDLIB))))
			.containsExactly(problem("features[0] (id \"op-01\")", "geo.error.geometry.type", "Polygon", "post", "Point"),
					problem("features[1] (id \"dmz\")", "geo.error.geometry.type", "Point", "zone",
							"Polygon, MultiPolygon, LineString, MultiLineString"));
	}

	@Test
	void refusesAFeatureWithoutGeometry() {
		String file = collection(
				"{\"type\": \"Feature\", \"properties\": {\"id\": \"x\", \"kind\": \"place\", \"name_en\": \"X\", "
						+ "\"name_ar\": \"س\"}, \"geometry\": null}");

		assertThat(problems(file)).containsExactly(problem("features[0] (id \"x\")", "geo.error.geometry.missing"));
	}

	@Test
	void refusesMalformedCoordinates() {
		assertThat(problems(collection(place("a", "\"36.6, 35.9\""), place("b", "[36.6]"),
				lineZone("c", "1", "[36.6, 35.9]"), polygonZone("d", "[]"))))
			.containsExactly(problem("features[0] (id \"a\")", "geo.error.geometry.malformed"),
					problem("features[1] (id \"b\")", "geo.error.geometry.malformed"),
					problem("features[2] (id \"c\")", "geo.error.geometry.malformed"),
					problem("features[3] (id \"d\")", "geo.error.geometry.malformed"));
	}

	@Test
	void refusesASelfIntersectingPolygonSayingWhere() {
		String bowTie = "[[[36, 35], [37, 36], [37, 35], [36, 36], [36, 35]]]";

		assertThat(problems(collection(polygonZone("dmz", bowTie)))).containsExactly(
				problem("features[0] (id \"dmz\")", "geo.error.geometry.self-intersection", "36.5", "35.5"));
	}

	@Test
	void refusesAHoleOutsideItsPolygon() {
		String rings = "[[[36, 35], [37, 35], [37, 36], [36, 36], [36, 35]],"
				+ " [[38, 35], [38.5, 35], [38.5, 35.5], [38, 35]]]";

		assertThat(problems(collection(polygonZone("dmz", rings)))).containsExactly(
				problem("features[0] (id \"dmz\")", "geo.error.geometry.hole-outside-shell", "38", "35"));
	}

	@Test
	void refusesARingThatIsNotClosed() {
		assertThat(problems(collection(polygonZone("dmz", "[[[36, 35], [37, 35], [37, 36], [36, 36]]]"))))
			.containsExactly(problem("features[0] (id \"dmz\")", "geo.error.geometry.ring-not-closed", "36", "35"));
	}

	@Test
	void refusesLinesAndRingsWithTooFewPoints() {
		assertThat(problems(collection(lineZone("m4", "6", "[[36.78, 35.86]]"),
				polygonZone("dmz", "[[[36, 35], [37, 35], [36, 35]]]"),
				lineZone("m5", "1", "[[36.8, 35.8], [36.8, 35.8]]"))))
			.containsExactly(problem("features[0] (id \"m4\")", "geo.error.geometry.too-few-points"),
					problem("features[1] (id \"dmz\")", "geo.error.geometry.too-few-points"),
					problem("features[2] (id \"m5\")", "geo.error.geometry.too-few-points", "36.8", "35.8"));
	}

	@Test
	void refusesPositionsOffTheGlobe() {
		assertThat(problems(collection(place("a", "[200, 35]"), place("b", "[-36.6, -195]"))))
			.containsExactly(problem("features[0] (id \"a\")", "geo.error.coordinates.range", "200", "35"),
					problem("features[1] (id \"b\")", "geo.error.coordinates.range", "-36.6", "-195"));
	}

	@Test
	void spotsLatitudeAndLongitudeTurnedRound() {
		// Bangkok written latitude first: 100.5 is no latitude, but it is a longitude, and 13.75 a latitude.
		assertThat(problems(collection(place("bangkok", "[13.75, 100.5]"))))
			.containsExactly(problem("features[0] (id \"bangkok\")", "geo.error.coordinates.swapped", "13.75", "100.5"));
	}

	@Test
	void spotsPositionsThatFallInTheDeclaredAreaOnlyWhenTurnedRound() {
		assertThat(problems(collectionWithin(IDLIB_AREA, place("idlib", "[35.9306, 36.6339]"))))
			.containsExactly(problem("features[0] (id \"idlib\")", "geo.error.coordinates.swapped", "35.9306", "36.6339"));
	}

	@Test
	void reportsATurnedRoundLineOnceNotForEveryPoint() {
		assertThat(problems(collectionWithin(IDLIB_AREA,
				lineZone("m4", "6", "[[35.86, 36.78], [35.81, 36.61], [35.81, 36.32]]"))))
			.containsExactly(problem("features[0] (id \"m4\")", "geo.error.coordinates.swapped", "35.86", "36.78"));
	}

	@Test
	void refusesPositionsOutsideTheDeclaredArea() {
		assertThat(problems(collectionWithin(IDLIB_AREA, place("gaza-city", "[34.4668, 31.5017]"))))
			.containsExactly(problem("features[0] (id \"gaza-city\")", "geo.error.coordinates.outside-bbox", "34.4668",
					"31.5017"));
	}

	@Test
	void acceptsPositionsInsideTheDeclaredArea() {
		assertThat(GeoJsonReader.read(collectionWithin(IDLIB_AREA, place("idlib", GeoFiles.IDLIB))).expectedArea())
			.isPresent();
	}

}
