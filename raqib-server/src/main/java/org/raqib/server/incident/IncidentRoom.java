package org.raqib.server.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.raqib.server.agreement.AgreementCompliance;
import org.raqib.server.agreement.AgreementDefinition;
import org.raqib.server.agreement.compliance.Obligation;
import org.raqib.server.geo.Feature;
import org.raqib.server.geo.GeoJsonReader;
import org.raqib.server.geo.Geography;
import org.raqib.server.geo.Nearby;
import org.raqib.server.geo.Post;
import org.raqib.server.geo.Zone;

/**
 * What incidents need of an agreement: its parties and time zone, its geography (to place a report in its
 * zones and by its nearest post) and its obligations (to suggest which a report may breach).
 */
record IncidentRoom(String id, String nameEn, String nameAr, ZoneId zone, List<String> parties, List<String> neutral,
		@Nullable Geography geography, List<Obligation> obligations, Map<String, String[]> names) {

	/** Zones within this distance of a report are "near" it, as the OSCE reports spoke of areas "near" a line. */
	static final double NEAR_KM = 5;

	/** The most a degree spans anywhere (a degree of latitude at the poles, 111.7 km), rounded up. */
	private static final double KM_PER_DEGREE = 111.8;

	private static final GeometryFactory POINTS = new GeometryFactory();

	static IncidentRoom of(AgreementDefinition definition) {
		Geography geography = definition.geography() == null || definition.geography().isBlank() ? null
				: GeoJsonReader.read(definition.geography());
		return new IncidentRoom(definition.id(), definition.name().en(), definition.name().ar(),
				ZoneId.of(definition.timeZone()),
				definition.parties().stream().map(AgreementDefinition.AgreementParty::party).toList(),
				definition.parties().stream().filter(p -> !p.roles().contains("side"))
					.map(AgreementDefinition.AgreementParty::party).toList(), geography,
				AgreementCompliance.obligations(definition), names(geography));
	}

	String name(String language) {
		return "ar".equals(language) ? this.nameAr : this.nameEn;
	}

	LocalDate day(Instant at) {
		return at.atZone(this.zone).toLocalDate();
	}

	boolean hasParty(String party) {
		return this.parties.contains(party);
	}

	/** The zones the point lies in, those near it, and its nearest post. */
	IncidentPayloads.Placement place(double lon, double lat) {
		if (this.geography == null) {
			return IncidentPayloads.Placement.NOWHERE;
		}
		List<String> inside = this.geography.zonesContaining(lon, lat).stream().map(Zone::id).sorted().toList();
		List<String> near = near(lon, lat, inside);
		Nearby<Post> post = this.geography.nearestPost(lon, lat).orElse(null);
		return new IncidentPayloads.Placement(inside, near, post == null ? null : post.feature().id(),
				post == null ? null : Math.round(post.km() * 100) / 100.0);
	}

	/**
	 * The zones within {@link #NEAR_KM} of the point it is not in. The distance in degrees bounds the distance in
	 * kilometres from above (a degree of latitude) and below (a degree of longitude here); only a zone between
	 * the bounds is measured exactly by the geo module, which projects the zone around the point (costly).
	 */
	private List<String> near(double lon, double lat, List<String> inside) {
		Point point = POINTS.createPoint(new Coordinate(lon, lat));
		double shortest = KM_PER_DEGREE * Math.cos(Math.toRadians(Math.abs(lat) + 1));
		var near = new ArrayList<String>();
		boolean unsure = false;
		for (Zone zone : this.geography.zones()) {
			if (inside.contains(zone.id())) {
				continue;
			}
			double degrees = zone.area().distance(point);
			if (degrees * KM_PER_DEGREE <= NEAR_KM) {
				near.add(zone.id());
			}
			else if (degrees * shortest <= NEAR_KM) {
				unsure = true;
			}
		}
		if (!unsure) {
			return near;
		}
		return this.geography.zonesNear(lon, lat, NEAR_KM).stream().map(n -> n.feature().id())
			.filter(z -> !inside.contains(z)).toList();
	}

	/**
	 * The code of what is wrong with a position for this agreement: off the globe, or outside the area its
	 * geography declares (and then perhaps latitude and longitude swapped), or null if nothing is.
	 */
	@Nullable String positionProblem(double lon, double lat) {
		if (!(Math.abs(lon) <= 180 && Math.abs(lat) <= 90)) {
			return "incident.place.range";
		}
		Envelope area = this.geography == null ? null : this.geography.expectedArea().orElse(null);
		if (area != null && !area.covers(lon, lat)) {
			return area.covers(lat, lon) ? "incident.place.swapped" : "incident.place.outside";
		}
		return null;
	}

	/** The names of the zones, posts and crossings, for pages: id to the name in English and Arabic. */
	private static Map<String, String[]> names(@Nullable Geography geography) {
		var names = new LinkedHashMap<String, String[]>();
		if (geography != null) {
			for (Feature f : geography.features()) {
				names.put(f.id(), new String[] { f.nameEn(), f.nameAr() });
			}
		}
		return names;
	}

	String featureName(@Nullable String id, String language) {
		if (id == null) {
			return "";
		}
		String[] names = this.names.get(id);
		return names == null ? id : "ar".equals(language) ? names[1] : names[0];
	}

	/**
	 * The obligations a report may breach: a zone restriction whose zone it lies in, a cessation or deadline
	 * of the party alleged responsible, each in force when it happened.
	 */
	List<Obligation> suggestions(Incident incident) {
		var found = new ArrayList<Obligation>();
		for (Obligation o : this.obligations) {
			if (!o.window().contains(incident.from())) {
				continue;
			}
			if (o instanceof Obligation.ZoneRestriction restriction && incident.zones().contains(restriction.zone())) {
				found.add(o);
			}
			else if (o instanceof Obligation.Cessation && o.responsible().equals(incident.responsible())) {
				found.add(o);
			}
			else if (o instanceof Obligation.Deadline deadline && o.responsible().equals(incident.responsible())
					&& deadline.at() != null && incident.from().isAfter(deadline.at())) {
				found.add(o);
			}
		}
		return found;
	}

}
