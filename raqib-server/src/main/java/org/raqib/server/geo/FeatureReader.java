package org.raqib.server.geo;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

import tools.jackson.databind.JsonNode;

/**
 * One entry of a FeatureCollection read into a {@link Feature}, every problem with it noted under its label,
 * such as {@code features[3] (id "m4")}.
 */
final class FeatureReader {

	/** Ids and party codes: what an agreement and a URL can quote without escaping. */
	static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9._-]*");

	/** The projection's error grows with size; beyond this a "zone" is a region and should be drawn as one. */
	static final int MAX_BUFFER_KM = 100;

	private static final List<String> POINT = List.of("Point");

	private static final List<String> ZONE_TYPES = List.of("Polygon", "MultiPolygon", "LineString", "MultiLineString");

	private final JsonNode node;

	private final PositionCheck check;

	private final ProblemList problems;

	private final @Nullable String id;

	private final String where;

	FeatureReader(JsonNode node, int index, PositionCheck check, ProblemList problems) {
		this.node = node;
		this.check = check;
		this.problems = problems;
		JsonNode id = node.path("properties").path("id");
		this.id = (id.isString() && !id.stringValue().isBlank()) ? id.stringValue().strip() : null;
		this.where = "features[" + index + "]" + ((this.id != null) ? " (id \"" + this.id + "\")" : "");
	}

	@Nullable String id() {
		return this.id;
	}

	String where() {
		return this.where;
	}

	/** The feature, or {@code null} if anything about it is wrong (and noted). */
	@Nullable Feature read() {
		if (!this.node.isObject() || !"Feature".equals(this.node.path("type").asString(""))) {
			this.problems.add(this.where, "geo.error.not-feature");
			return null;
		}
		int before = this.problems.size();
		var properties = new FeatureProperties(this.node.get("properties"), this.where, this.problems);
		checkId();
		Feature.Kind kind = kind(properties);
		String nameEn = properties.name("name_en");
		String nameAr = properties.name("name_ar");
		var label = new Label(this.id != null ? this.id : "", nameEn, nameAr, properties.aliases(),
				properties.flag("approximate"), properties.text("note_en"), properties.text("note_ar"));
		Geometry geometry = geometry(kind);
		Feature feature = (kind != null && geometry != null) ? build(kind, label, geometry, properties) : null;
		return (this.problems.size() == before) ? feature : null;
	}

	private void checkId() {
		JsonNode id = this.node.path("properties").path("id");
		if (this.id == null && (id.isMissingNode() || id.isNull() || id.isString())) {
			this.problems.add(this.where, "geo.error.id.missing");
		}
		else if (this.id == null) {
			this.problems.add(this.where, "geo.error.id.invalid", id.toString());
		}
		else if (!CODE.matcher(this.id).matches()) {
			this.problems.add(this.where, "geo.error.id.invalid", this.id);
		}
	}

	private Feature.@Nullable Kind kind(FeatureProperties properties) {
		JsonNode value = properties.get("kind");
		if (value == null) {
			this.problems.add(this.where, "geo.error.kind.missing");
			return null;
		}
		for (Feature.Kind kind : Feature.Kind.values()) {
			if (value.isString() && kind.code().equals(value.stringValue().strip())) {
				return kind;
			}
		}
		this.problems.add(this.where, "geo.error.kind.unknown", value.isString() ? value.stringValue() : value.toString());
		return null;
	}

	private @Nullable Geometry geometry(Feature.@Nullable Kind kind) {
		JsonNode geometry = this.node.get("geometry");
		if (geometry == null || geometry.isNull()) {
			this.problems.add(this.where, "geo.error.geometry.missing");
			return null;
		}
		String type = geometry.path("type").asString("");
		List<String> allowed = (kind == null) ? GeoJsonGeometry.TYPES
				: (kind == Feature.Kind.ZONE) ? ZONE_TYPES : POINT;
		if (!geometry.isObject() || type.isEmpty()) {
			this.problems.add(this.where, "geo.error.geometry.malformed");
			return null;
		}
		if (!allowed.contains(type)) {
			this.problems.add(this.where, "geo.error.geometry.type", type,
					(kind != null) ? kind.code() : "feature", String.join(", ", allowed));
			return null;
		}
		return GeoJsonGeometry.read(geometry, type, this.where, this.check, this.problems);
	}

	private Feature build(Feature.Kind kind, Label l, Geometry geometry, FeatureProperties properties) {
		switch (kind) {
			case ZONE:
				Double bufferKm = bufferKm(properties, geometry.getDimension() == 1);
				Geometry area = (bufferKm != null) ? Metric.buffer(geometry, bufferKm) : geometry;
				return new Zone(l.id, l.nameEn, l.nameAr, l.aliases, l.approximate, l.noteEn, l.noteAr, geometry,
						bufferKm, area);
			case POST:
				return new Post(l.id, l.nameEn, l.nameAr, l.aliases, l.approximate, l.noteEn, l.noteAr,
						(Point) geometry, party(properties));
			case CROSSING:
				return new Crossing(l.id, l.nameEn, l.nameAr, l.aliases, l.approximate, l.noteEn, l.noteAr,
						(Point) geometry, hours(properties));
			default:
				return new Place(l.id, l.nameEn, l.nameAr, l.aliases, l.approximate, l.noteEn, l.noteAr,
						(Point) geometry);
		}
	}

	private @Nullable Double bufferKm(FeatureProperties properties, boolean line) {
		JsonNode value = properties.get("buffer_km");
		if (value == null) {
			if (line) {
				this.problems.add(this.where, "geo.error.buffer.missing");
			}
			return null;
		}
		double km = value.isNumber() ? value.doubleValue() : Double.NaN;
		if (!(km > 0 && km <= MAX_BUFFER_KM)) {
			this.problems.add(this.where, "geo.error.buffer.invalid", MAX_BUFFER_KM);
			return null;
		}
		return km;
	}

	private String party(FeatureProperties properties) {
		String party = properties.text("party");
		if (party == null) {
			if (properties.get("party") == null || properties.get("party").isString()) {
				this.problems.add(this.where, "geo.error.party.missing");
			}
			return "";
		}
		if (!CODE.matcher(party).matches()) {
			this.problems.add(this.where, "geo.error.party.invalid", party);
		}
		return party;
	}

	private @Nullable OpeningHours hours(FeatureProperties properties) {
		String text = properties.text("hours");
		if (text == null) {
			return null;
		}
		OpeningHours hours = OpeningHours.parse(text.toLowerCase(Locale.ROOT)).orElse(null);
		if (hours == null) {
			this.problems.add(this.where, "geo.error.hours.invalid", text);
		}
		return hours;
	}

	/** What every kind of feature carries. */
	private record Label(String id, String nameEn, String nameAr, List<String> aliases, boolean approximate,
			@Nullable String noteEn, @Nullable String noteAr) {
	}

}
