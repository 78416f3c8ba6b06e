package org.raqib.server.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.data.Percentage.withPercentage;
import static org.raqib.server.geo.GeoFiles.collection;
import static org.raqib.server.geo.GeoFiles.feature;
import static org.raqib.server.geo.GeoFiles.lineZone;
import static org.raqib.server.geo.GeoFiles.polygonZone;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Questions asked of a geography, with distances checked against haversine computed here independently. */
class GeographyTests {

	/** A road along the parallel at Idlib's latitude, 6 km each side, as the Moscow protocol's M4 corridor. */
	static final String CORRIDOR = lineZone("m4-corridor", "6", "[[36.5, 35.85], [36.9, 35.85]]");

	static final String SQUARE = polygonZone("square", "[[[36.5, 35.5], [37, 35.5], [37, 36], [36.5, 36], [36.5, 35.5]]]");

	static final double KM_PER_DEGREE_OF_LATITUDE = Math.PI * 6371.0088 / 180;

	@Test
	void aSixKilometreCorridorHoldsAPointAtFiveAndAHalfButNotAtSixAndAHalf() {
		Geography geography = GeoJsonReader.read(collection(CORRIDOR));

		for (double sign : new double[] { 1, -1 }) {
			assertThat(geography.zonesContaining(36.7, 35.85 + sign * 5.5 / KM_PER_DEGREE_OF_LATITUDE)).hasSize(1);
			assertThat(geography.zonesContaining(36.7, 35.85 + sign * 6.5 / KM_PER_DEGREE_OF_LATITUDE)).isEmpty();
		}
	}

	@Test
	void aCorridorAcrossTheParallelsIsAsWideEastAndWest() {
		// Along a meridian the corridor's width is measured east-west, where a degree is shorter at 35.85°N.
		Geography geography = GeoJsonReader.read(collection(lineZone("m5", "6", "[[36.7, 35.6], [36.7, 36.1]]")));
		double kmPerDegreeOfLongitude = KM_PER_DEGREE_OF_LATITUDE * Math.cos(Math.toRadians(35.85));

		assertThat(geography.zonesContaining(36.7 + 5.9 / kmPerDegreeOfLongitude, 35.85)).hasSize(1);
		assertThat(geography.zonesContaining(36.7 - 6.1 / kmPerDegreeOfLongitude, 35.85)).isEmpty();
	}

	@Test
	void findsTheZonesHoldingAPoint() {
		Geography geography = GeoJsonReader.read(collection(SQUARE, CORRIDOR));

		assertThat(geography.zonesContaining(36.7, 35.86)).extracting(Zone::id).containsExactly("square", "m4-corridor");
		assertThat(geography.zonesContaining(36.7, 35.6)).extracting(Zone::id).containsExactly("square");
		assertThat(geography.zonesContaining(37.5, 35.6)).isEmpty();
	}

	@Test
	void findsTheZonesNearAPointWithTheirDistance() {
		Geography geography = GeoJsonReader.read(collection(SQUARE, CORRIDOR));

		List<Nearby<Zone>> near = geography.zonesNear(37.1, 35.75, 12);

		assertThat(near).extracting(n -> n.feature().id()).containsExactly("square");
		assertThat(near.get(0).km()).isCloseTo(haversine(37.1, 35.75, 37.0, 35.75), withPercentage(1));
		assertThat(geography.zonesNear(36.7, 35.7, 1)).extracting(n -> n.km()).containsExactly(0.0);
	}

	@Test
	void findsTheNearestPostAndItsDistance() {
		Geography geography = GeoJsonReader.read(collection(post("op-04", "[36.95, 36.03]"),
				post("op-06", "[36.79, 35.6]"), post("op-09", "[36.69, 35.38]")));

		Nearby<Post> nearest = geography.nearestPost(36.6744, 35.6438).orElseThrow();

		assertThat(nearest.feature().id()).isEqualTo("op-06");
		assertThat(nearest.km()).isCloseTo(haversine(36.6744, 35.6438, 36.79, 35.6), withPercentage(1));
		assertThat(GeoJsonReader.read(collection()).nearestPost(36.6, 35.9)).isEmpty();
	}

	@Test
	void sendsACorridorToTheMapAsItsPolygonAndItsCentreline() {
		String approximate = feature("dmz", "zone", "\"approximate\": true, \"note_en\": \"never published\"",
				"Polygon", "[[[36.5, 35.5], [37, 35.5], [37, 36], [36.5, 35.5]]]");
		JsonNode map = JsonMapper.builder().build().readTree(GeoJsonReader.read(collection(CORRIDOR, approximate)).toGeoJson());

		List<String> roles = new ArrayList<>();
		map.get("features").values().forEach(f -> roles.add(f.at("/properties/id").asString() + " "
				+ f.at("/properties/role").asString() + " " + f.at("/geometry/type").asString()));
		assertThat(roles).containsExactly("m4-corridor corridor Polygon", "m4-corridor centreline LineString",
				"dmz area Polygon");
		JsonNode dmz = map.get("features").get(2).get("properties");
		assertThat(dmz.get("approximate").asBoolean()).isTrue();
		assertThat(dmz.get("kind").asString()).isEqualTo("zone");
		assertThat(dmz.get("name_ar").asString()).isEqualTo("اسم");
		assertThat(dmz.get("note_en").asString()).isEqualTo("never published");
		assertThat(map.get("features").get(1).at("/properties/buffer_km").asDouble()).isEqualTo(6.0);
		assertThat(map.get("features").get(1).at("/geometry/coordinates").toString())
			.isEqualTo("[[36.5,35.85],[36.9,35.85]]");
	}

	@Test
	void buffersWithoutMovingTheLineItself() {
		Zone corridor = GeoJsonReader.read(collection(CORRIDOR)).zones().get(0);

		assertThat(corridor.geometry().getCoordinates()).extracting(c -> c.x + " " + c.y)
			.containsExactly("36.5 35.85", "36.9 35.85");
		assertThat(corridor.area().getEnvelopeInternal().getMinY()).isCloseTo(35.85 - 6 / KM_PER_DEGREE_OF_LATITUDE,
				within(0.001));
	}

	@Test
	void projectsThereAndBackWithoutLoss() {
		LocalProjection projection = LocalProjection.around(36.7, 35.85);
		var metres = projection.toMetres(37.1, 36.2);
		var degrees = projection.toDegrees(metres.x, metres.y);

		assertThat(degrees.x).isCloseTo(37.1, within(1e-9));
		assertThat(degrees.y).isCloseTo(36.2, within(1e-9));
		assertThat(Math.hypot(metres.x, metres.y) / 1000).isCloseTo(haversine(36.7, 35.85, 37.1, 36.2), within(1e-6));
	}

	static String post(String id, String position) {
		return feature(id, "post", "\"party\": \"turkey\"", "Point", position);
	}

	/** Haversine on the mean sphere, written out again here so that the module is checked, not copied. */
	static double haversine(double lon1, double lat1, double lon2, double lat2) {
		double a = Math.sin(Math.toRadians(lat2 - lat1) / 2);
		double b = Math.sin(Math.toRadians(lon2 - lon1) / 2);
		double h = a * a + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * b * b;
		return 2 * 6371.0088 * Math.atan2(Math.sqrt(h), Math.sqrt(1 - h));
	}

}
