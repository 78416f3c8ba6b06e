package org.raqib.server.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

import tools.jackson.databind.JsonNode;

/**
 * A GeoJSON geometry (RFC 7946 §3.1) turned into a JTS geometry, or, if anything is wrong with it, every problem
 * noted: malformed coordinates, positions off the globe, turned round or outside the declared area, lines and
 * rings too short, rings not closed, and shapes JTS finds invalid (reported where the problem is).
 */
final class GeoJsonGeometry {

	static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

	static final List<String> TYPES = List.of("Point", "LineString", "MultiLineString", "Polygon", "MultiPolygon");

	private final String where;

	private final PositionCheck check;

	private final ProblemList problems;

	/** Each kind of position problem is reported once per feature: one swapped file would otherwise say it 500 times. */
	private final Set<String> reported = new HashSet<>();

	private boolean wrong;

	private GeoJsonGeometry(String where, PositionCheck check, ProblemList problems) {
		this.where = where;
		this.check = check;
		this.problems = problems;
	}

	/** The geometry of a type among {@link #TYPES}, or {@code null} with its problems noted. */
	static @Nullable Geometry read(JsonNode geometry, String type, String where, PositionCheck check,
			ProblemList problems) {
		return new GeoJsonGeometry(where, check, problems).read(type, geometry.get("coordinates"));
	}

	private @Nullable Geometry read(String type, @Nullable JsonNode coordinates) {
		Geometry geometry;
		try {
			geometry = build(type, coordinates);
		}
		catch (Malformed ex) {
			this.problems.add(this.where, "geo.error.geometry.malformed");
			return null;
		}
		if (this.wrong) {
			return null;
		}
		TopologyValidationError error = new IsValidOp(geometry).getValidationError();
		if (error != null) {
			Coordinate at = error.getCoordinate();
			this.problems.add(this.where, validityCode(error.getErrorType()), PositionCheck.text(at.x),
					PositionCheck.text(at.y));
			return null;
		}
		return geometry;
	}

	private Geometry build(String type, @Nullable JsonNode coordinates) {
		switch (type) {
			case "Point":
				return WGS84.createPoint(position(coordinates));
			case "LineString":
				return line(coordinates);
			case "MultiLineString":
				return WGS84.createMultiLineString(nonEmpty(coordinates).stream().map(this::line)
					.toArray(LineString[]::new));
			case "Polygon":
				return polygon(coordinates);
			case "MultiPolygon":
				return WGS84.createMultiPolygon(nonEmpty(coordinates).stream().map(this::polygon)
					.toArray(Polygon[]::new));
			default:
				throw new IllegalArgumentException(type);
		}
	}

	private LineString line(@Nullable JsonNode node) {
		Coordinate[] points = positions(node);
		if (points.length < 2) {
			tooFewPoints();
			return WGS84.createLineString();
		}
		return WGS84.createLineString(points);
	}

	private Polygon polygon(@Nullable JsonNode node) {
		List<JsonNode> rings = nonEmpty(node);
		LinearRing[] built = rings.stream().map(this::ring).toArray(LinearRing[]::new);
		return WGS84.createPolygon(built[0], Arrays.copyOfRange(built, 1, built.length));
	}

	private LinearRing ring(JsonNode node) {
		Coordinate[] points = positions(node);
		if (points.length < 4) {
			tooFewPoints();
			return WGS84.createLinearRing();
		}
		if (!points[0].equals2D(points[points.length - 1])) {
			this.wrong = true;
			this.problems.add(this.where, "geo.error.geometry.ring-not-closed", PositionCheck.text(points[0].x),
					PositionCheck.text(points[0].y));
			return WGS84.createLinearRing();
		}
		return WGS84.createLinearRing(points);
	}

	private void tooFewPoints() {
		this.wrong = true;
		this.problems.add(this.where, "geo.error.geometry.too-few-points");
	}

	private Coordinate[] positions(@Nullable JsonNode node) {
		return elements(node).stream().map(this::position).toArray(Coordinate[]::new);
	}

	private Coordinate position(@Nullable JsonNode node) {
		List<JsonNode> numbers = elements(node);
		if (numbers.size() < 2 || numbers.size() > 3 || !numbers.stream().allMatch(JsonNode::isNumber)) {
			throw new Malformed();
		}
		double lon = numbers.get(0).doubleValue();
		double lat = numbers.get(1).doubleValue();
		if (!Double.isFinite(lon) || !Double.isFinite(lat)) {
			throw new Malformed();
		}
		String problem = this.check.problem(lon, lat);
		if (problem != null) {
			this.wrong = true;
			if (this.reported.add(problem)) {
				this.problems.add(this.where, problem, PositionCheck.text(lon), PositionCheck.text(lat));
			}
		}
		return new Coordinate(lon, lat);
	}

	private static List<JsonNode> elements(@Nullable JsonNode node) {
		if (node == null || !node.isArray()) {
			throw new Malformed();
		}
		var elements = new ArrayList<JsonNode>();
		node.values().forEach(elements::add);
		return elements;
	}

	private static List<JsonNode> nonEmpty(@Nullable JsonNode node) {
		List<JsonNode> elements = elements(node);
		if (elements.isEmpty()) {
			throw new Malformed();
		}
		return elements;
	}

	private static String validityCode(int errorType) {
		switch (errorType) {
			case TopologyValidationError.SELF_INTERSECTION:
			case TopologyValidationError.RING_SELF_INTERSECTION:
				return "geo.error.geometry.self-intersection";
			case TopologyValidationError.HOLE_OUTSIDE_SHELL:
				return "geo.error.geometry.hole-outside-shell";
			case TopologyValidationError.NESTED_HOLES:
				return "geo.error.geometry.nested-holes";
			case TopologyValidationError.DISCONNECTED_INTERIOR:
				return "geo.error.geometry.disconnected-interior";
			case TopologyValidationError.NESTED_SHELLS:
				return "geo.error.geometry.nested-shells";
			case TopologyValidationError.DUPLICATE_RINGS:
				return "geo.error.geometry.duplicate-rings";
			case TopologyValidationError.TOO_FEW_POINTS:
				return "geo.error.geometry.too-few-points";
			default:
				return "geo.error.geometry.invalid";
		}
	}

	/** Coordinates that are not arrays of numbers as the geometry's type requires. */
	private static final class Malformed extends RuntimeException {

		Malformed() {
			super(null, null, false, false);
		}

	}

}
