package org.raqib.server.geo;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A geography as a FeatureCollection for Leaflet. Each feature keeps its properties ({@code id}, {@code kind},
 * names, {@code approximate}, notes) so the map can label it and say when it is approximate. A zone carries a
 * {@code role}: {@code area} for a polygon as drawn; a line with a buffer is sent as its {@code corridor}
 * polygon followed by its {@code centreline}, and a buffered polygon as its {@code buffer} and its
 * {@code outline}. Positions are rounded to 6 decimals (about 10 cm).
 */
final class GeoJsonWriter {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private GeoJsonWriter() {
	}

	static String write(Geography geography) {
		ObjectNode collection = NODES.objectNode().put("type", "FeatureCollection");
		geography.expectedArea().ifPresent(box -> collection.putArray("bbox")
			.add(box.getMinX()).add(box.getMinY()).add(box.getMaxX()).add(box.getMaxY()));
		ArrayNode features = collection.putArray("features");
		for (Feature feature : geography.features()) {
			if (feature instanceof Zone zone && zone.bufferKm() != null) {
				features.add(feature(zone, zone.area(), zone.isCorridor() ? "corridor" : "buffer"));
				features.add(feature(zone, zone.geometry(), zone.isCorridor() ? "centreline" : "outline"));
			}
			else {
				features.add(feature(feature, feature.geometry(), (feature instanceof Zone) ? "area" : null));
			}
		}
		return JSON.writeValueAsString(collection);
	}

	private static ObjectNode feature(Feature feature, Geometry geometry, @Nullable String role) {
		ObjectNode node = NODES.objectNode().put("type", "Feature");
		ObjectNode properties = node.putObject("properties")
			.put("id", feature.id())
			.put("kind", feature.kind().code())
			.put("name_en", feature.nameEn())
			.put("name_ar", feature.nameAr());
		if (!feature.aliases().isEmpty()) {
			ArrayNode aliases = properties.putArray("aliases");
			feature.aliases().forEach(aliases::add);
		}
		properties.put("approximate", feature.approximate());
		putIfPresent(properties, "note_en", feature.noteEn());
		putIfPresent(properties, "note_ar", feature.noteAr());
		putIfPresent(properties, "role", role);
		if (feature instanceof Zone zone && zone.bufferKm() != null) {
			properties.put("buffer_km", zone.bufferKm());
		}
		if (feature instanceof Post post) {
			properties.put("party", post.party());
		}
		if (feature instanceof Crossing crossing && crossing.hours() != null) {
			properties.put("hours", crossing.hours().text());
		}
		node.set("geometry", geometry(geometry));
		return node;
	}

	private static void putIfPresent(ObjectNode node, String name, @Nullable String value) {
		if (value != null) {
			node.put(name, value);
		}
	}

	private static ObjectNode geometry(Geometry geometry) {
		ObjectNode node = NODES.objectNode().put("type", geometry.getGeometryType());
		if (geometry instanceof Point point) {
			node.set("coordinates", position(point.getCoordinate()));
		}
		else if (geometry instanceof LineString line) {
			node.set("coordinates", positions(line.getCoordinates()));
		}
		else if (geometry instanceof Polygon polygon) {
			node.set("coordinates", rings(polygon));
		}
		else {
			ArrayNode parts = node.putArray("coordinates");
			for (int i = 0; i < geometry.getNumGeometries(); i++) {
				parts.add(geometry(geometry.getGeometryN(i)).get("coordinates"));
			}
		}
		return node;
	}

	private static ArrayNode rings(Polygon polygon) {
		ArrayNode rings = NODES.arrayNode().add(positions(polygon.getExteriorRing().getCoordinates()));
		for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
			rings.add(positions(polygon.getInteriorRingN(i).getCoordinates()));
		}
		return rings;
	}

	private static ArrayNode positions(Coordinate[] coordinates) {
		ArrayNode positions = NODES.arrayNode();
		for (Coordinate c : coordinates) {
			positions.add(position(c));
		}
		return positions;
	}

	private static ArrayNode position(Coordinate c) {
		return NODES.arrayNode().add(round(c.x)).add(round(c.y));
	}

	private static double round(double degrees) {
		return Math.round(degrees * 1e6) / 1e6;
	}

}
