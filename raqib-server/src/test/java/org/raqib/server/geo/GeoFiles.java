package org.raqib.server.geo;

import java.util.List;

import org.raqib.server.system.InvalidInput.FieldProblem;
import org.raqib.server.system.InvalidInput;

/** Small GeoJSON files for tests, written the way an author would. */
final class GeoFiles {

	static final String IDLIB = "[36.6339, 35.9306]";

	private GeoFiles() {
	}

	static String collection(String... features) {
		return "{\"type\": \"FeatureCollection\", \"features\": [" + String.join(",\n", features) + "]}";
	}

	static String collectionWithin(String bbox, String... features) {
		return "{\"type\": \"FeatureCollection\", \"bbox\": " + bbox + ", \"features\": ["
				+ String.join(",\n", features) + "]}";
	}

	/** A feature with names, whose other properties are given as JSON members (may be empty). */
	static String feature(String id, String kind, String properties, String geometryType, String coordinates) {
		return """
				{"type": "Feature",
				 "properties": {"id": "%s", "kind": "%s", "name_en": "Name", "name_ar": "اسم"%s},
				 "geometry": {"type": "%s", "coordinates": %s}}""".formatted(id, kind,
				properties.isEmpty() ? "" : ", " + properties, geometryType, coordinates);
	}

	static String place(String id, String position) {
		return feature(id, "place", "", "Point", position);
	}

	static String lineZone(String id, String bufferKm, String coordinates) {
		return feature(id, "zone", bufferKm.isEmpty() ? "" : "\"buffer_km\": " + bufferKm, "LineString", coordinates);
	}

	static String polygonZone(String id, String rings) {
		return feature(id, "zone", "", "Polygon", rings);
	}

	static List<FieldProblem> problems(String geojson) {
		try {
			GeoJsonReader.read(geojson);
		}
		catch (InvalidInput ex) {
			return ex.problems();
		}
		throw new AssertionError("the file was accepted");
	}

	static FieldProblem problem(String field, String code, Object... arguments) {
		return new FieldProblem(field, code, List.of(arguments));
	}

}
