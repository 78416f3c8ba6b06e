package org.raqib.server.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Envelope;
import org.raqib.server.system.InvalidInput;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an agreement's geography from a GeoJSON FeatureCollection (RFC 7946, WGS84 longitude and latitude),
 * all or nothing: a file with any problem yields no geography but an {@link InvalidInput} that lists every
 * problem found, each under {@code line L, column C} (JSON syntax), {@code type}, {@code bbox},
 * {@code features}, or the feature's label, {@code features[3] (id "m4")} (counting from 0).
 * The file format is described in {@code docs/gazetteer.md}.
 */
public final class GeoJsonReader {

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private GeoJsonReader() {
	}

	/** @throws InvalidInput listing every problem with the file */
	public static Geography read(String text) {
		JsonNode root = parse(text);
		var problems = new ProblemList();
		if (!root.isObject() || !"FeatureCollection".equals(root.path("type").asString(""))) {
			throw InvalidInput.of("type", "geo.error.not-feature-collection", root.path("type").asString(""));
		}
		Envelope expected = expectedArea(root.get("bbox"), problems);
		JsonNode features = root.get("features");
		if (features == null || !features.isArray()) {
			problems.add("features", "geo.error.features.missing");
			throw problems.failure();
		}
		List<Feature> read = features(features, new PositionCheck(expected), problems);
		problems.throwIfAny();
		return new Geography(read, expected);
	}

	private static JsonNode parse(String text) {
		try {
			JsonNode root = JSON.readTree(text);
			if (root == null || root.isMissingNode()) {
				throw InvalidInput.of("line 1, column 1", "geo.error.json");
			}
			return root;
		}
		catch (JacksonException ex) {
			TokenStreamLocation at = ex.getLocation();
			String where = (at != null && at.getLineNr() > 0)
					? "line " + at.getLineNr() + ", column " + Math.max(1, at.getColumnNr()) : "line 1, column 1";
			throw InvalidInput.of(where, "geo.error.json");
		}
	}

	private static List<Feature> features(JsonNode features, PositionCheck check, ProblemList problems) {
		var read = new ArrayList<Feature>();
		Map<String, String> firstUse = new HashMap<>();
		int index = 0;
		for (JsonNode node : features.values()) {
			var reader = new FeatureReader(node, index++, check, problems);
			Feature feature = reader.read();
			String id = reader.id();
			if (id != null && firstUse.containsKey(id)) {
				problems.add(reader.where(), "geo.error.id.duplicate", id, firstUse.get(id));
			}
			else if (id != null) {
				firstUse.put(id, reader.where());
			}
			if (feature != null) {
				read.add(feature);
			}
		}
		return read;
	}

	/** The collection's {@code bbox}, west, south, east, north (RFC 7946 §5), as the area the file expects. */
	private static @Nullable Envelope expectedArea(@Nullable JsonNode bbox, ProblemList problems) {
		if (bbox == null || bbox.isNull()) {
			return null;
		}
		List<JsonNode> values = bbox.isArray() ? new ArrayList<>(bbox.values()) : List.of();
		boolean numbers = values.size() == 4 && values.stream().allMatch(JsonNode::isNumber);
		if (numbers) {
			double west = values.get(0).doubleValue();
			double south = values.get(1).doubleValue();
			double east = values.get(2).doubleValue();
			double north = values.get(3).doubleValue();
			if (-180 <= west && west <= east && east <= 180 && -90 <= south && south <= north && north <= 90) {
				return new Envelope(west, east, south, north);
			}
		}
		problems.add("bbox", "geo.error.bbox.invalid");
		return null;
	}

}
