package org.raqib.server.incident;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.raqib.server.access.RaqibUser;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The incidents of a map view as GeoJSON: each incident as a point when there are at most {@code limit} of them
 * in the view, otherwise clusters, the view counted on a grid of a fortieth of its width (so a map of a million
 * incidents sends a few hundred points). When the grid cells the projection keeps ({@link IncidentCellTable})
 * that lie wholly in the view already hold more than the limit, the clusters are read from them, on a grid of
 * at least their size, without reading the incidents. Always bounded by the filter's box and period; viewers get published
 * incidents only.
 */
@Component
class IncidentMap {

	/** So many incidents in a grid cell, at their mean position. */
	record Cluster(long count, double lon, double lat) {
	}

	private static final int CELLS_ACROSS = 40;

	private final IncidentTable incidents;

	private final IncidentCellTable cells;

	private final IncidentRooms rooms;

	private final MessageSource messages;

	IncidentMap(IncidentTable incidents, IncidentCellTable cells, IncidentRooms rooms, MessageSource messages) {
		this.incidents = incidents;
		this.cells = cells;
		this.rooms = rooms;
		this.messages = messages;
	}

	Map<String, Object> data(@Nullable RaqibUser user, String log, IncidentFilter requested, java.util.Locale locale) {
		IncidentRoom room = this.rooms.of(log);
		IncidentFilter filter = Incidents.visible(user, log, requested);
		IncidentFilter oneMore = new IncidentFilter(filter.from(), filter.to(), filter.event(), filter.type(),
				filter.statuses(), filter.party(), filter.box(), filter.limit() + 1);
		double width = filter.box() == null ? 1.0 : Math.max(0.001, filter.box().east() - filter.box().west());
		Optional<List<Cluster>> counted = this.cells.clusters(log, filter, width / CELLS_ACROSS);
		List<Long> found = counted.isPresent() ? List.of() : this.incidents.indexes(log, oneMore);
		var features = new ArrayList<Map<String, Object>>();
		boolean clustered = counted.isPresent() || found.size() > filter.limit();
		if (clustered) {
			for (Cluster c : counted.orElseGet(() -> this.incidents.clusters(log, filter, width / CELLS_ACROSS))) {
				features.add(point(c.lon(), c.lat(), Map.of("kind", "cluster", "count", c.count())));
			}
		}
		else {
			this.incidents.byIndex(log, found)
				.forEach(i -> features.add(point(i.lon(), i.lat(), properties(room, i, locale))));
		}
		var collection = new LinkedHashMap<String, Object>();
		collection.put("type", "FeatureCollection");
		collection.put("clustered", clustered);
		collection.put("features", features);
		return collection;
	}

	private Map<String, Object> properties(IncidentRoom room, Incident i, java.util.Locale locale) {
		String language = locale.getLanguage();
		var p = new LinkedHashMap<String, Object>();
		p.put("kind", "incident");
		p.put("id", i.index());
		p.put("day", i.day().toString());
		p.put("type", i.type().code());
		p.put("event", i.type().event().code());
		p.put("label", this.messages.getMessage(i.type().messageKey(), null, locale));
		p.put("status", i.status().code());
		p.put("statusLabel", this.messages.getMessage(i.status().messageKey(), null, locale));
		p.put("zones", String.join(", ", i.zones().stream().map(z -> room.featureName(z, language)).toList()));
		p.put("killed", i.killed());
		p.put("injured", i.injured());
		p.put("summary", i.summary());
		p.put("demo", i.demo());
		return p;
	}

	static Map<String, Object> point(double lon, double lat, Map<String, Object> properties) {
		var feature = new LinkedHashMap<String, Object>();
		feature.put("type", "Feature");
		feature.put("geometry", Map.of("type", "Point", "coordinates", List.of(lon, lat)));
		feature.put("properties", properties);
		return feature;
	}

}
