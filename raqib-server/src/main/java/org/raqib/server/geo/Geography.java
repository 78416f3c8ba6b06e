package org.raqib.server.geo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * An agreement's geography as read by {@link GeoJsonReader}: its features by id, and the questions the room
 * asks of them (which zones hold this point, which are near it, which post is nearest). Distances are in
 * kilometres on the sphere ({@code Earth}, within about 0.5 % of the ellipsoid).
 */
public final class Geography {

	private final Map<String, Feature> features;

	private final @Nullable Envelope expectedArea;

	private final Map<Zone, PreparedGeometry> areas = new LinkedHashMap<>();

	Geography(List<Feature> features, @Nullable Envelope expectedArea) {
		var byId = new LinkedHashMap<String, Feature>();
		features.forEach(f -> byId.put(f.id(), f));
		this.features = Collections.unmodifiableMap(byId);
		this.expectedArea = (expectedArea != null) ? new Envelope(expectedArea) : null;
		zones().forEach(z -> this.areas.put(z, PreparedGeometryFactory.prepare(z.area())));
	}

	/** Every feature in the file's order. */
	public List<Feature> features() {
		return List.copyOf(this.features.values());
	}

	public Optional<Feature> feature(String id) {
		return Optional.ofNullable(this.features.get(id));
	}

	public List<Zone> zones() {
		return ofType(Zone.class);
	}

	public List<Post> posts() {
		return ofType(Post.class);
	}

	public List<Crossing> crossings() {
		return ofType(Crossing.class);
	}

	public List<Place> places() {
		return ofType(Place.class);
	}

	/** The area the file declared it covers (its {@code bbox}), if it did. */
	public Optional<Envelope> expectedArea() {
		return Optional.ofNullable(this.expectedArea).map(Envelope::new);
	}

	/** The zones whose area holds the point, edges included. */
	public List<Zone> zonesContaining(double lon, double lat) {
		Point point = GeoJsonGeometry.WGS84.createPoint(new Coordinate(lon, lat));
		var found = new ArrayList<Zone>();
		this.areas.forEach((zone, area) -> {
			if (area.covers(point)) {
				found.add(zone);
			}
		});
		return found;
	}

	/** The zones within {@code km} of the point, nearest first, each with its distance (0 inside). */
	public List<Nearby<Zone>> zonesNear(double lon, double lat, double km) {
		var found = new ArrayList<Nearby<Zone>>();
		for (Zone zone : this.areas.keySet()) {
			double distance = Metric.kilometres(lon, lat, zone.area());
			if (distance <= km) {
				found.add(new Nearby<>(zone, distance));
			}
		}
		found.sort(Comparator.comparingDouble(Nearby::km));
		return found;
	}

	/** The observation post nearest the point, by great-circle distance, if there are posts. */
	public Optional<Nearby<Post>> nearestPost(double lon, double lat) {
		return posts().stream()
			.map(p -> new Nearby<>(p, Earth.kilometres(lon, lat, p.geometry().getX(), p.geometry().getY())))
			.min(Comparator.comparingDouble(Nearby::km));
	}

	/** The geography as a FeatureCollection for the map (Leaflet); see {@code GeoJsonWriter}. */
	public String toGeoJson() {
		return GeoJsonWriter.write(this);
	}

	/** Every feature as a gazetteer entry: points where they are, zones at a point inside them. */
	public Gazetteer gazetteer() {
		return Gazetteer.of(this);
	}

	private <T extends Feature> List<T> ofType(Class<T> type) {
		return this.features.values().stream().filter(type::isInstance).map(type::cast).toList();
	}

}
