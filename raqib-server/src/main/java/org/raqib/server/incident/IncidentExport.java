package org.raqib.server.incident;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.raqib.server.access.RaqibUser;
import org.raqib.server.record.LogReader;
import org.raqib.server.record.Payloads;
import org.springframework.stereotype.Component;

/**
 * Writes incidents in an export format: ACLED's column names (then Raqib's own columns, prefixed), the same
 * with an HXL hashtag row under the headers, or GeoJSON points with the same properties. Only what the
 * reader may read is written: the incidents come already cut to what the reader sees, and each report's
 * payload is read as that reader.
 */
@Component
class IncidentExport {

	/** ACLED's columns, then Raqib's, each with its HXL hashtag (empty where HXL has none that fits). */
	static final Map<String, String> COLUMNS;

	static {
		var c = new LinkedHashMap<String, String>();
		c.put("event_id_cnty", "#event+id");
		c.put("event_date", "#date+occurred");
		c.put("year", "#date+year");
		c.put("time_precision", "#meta+time_precision");
		c.put("disorder_type", "#event+type+disorder");
		c.put("event_type", "#event+type");
		c.put("sub_event_type", "#event+type+sub");
		c.put("actor1", "#group+name+actor1");
		c.put("assoc_actor_1", "#group+name+assoc1");
		c.put("inter1", "#group+type+actor1");
		c.put("actor2", "#group+name+actor2");
		c.put("assoc_actor_2", "#group+name+assoc2");
		c.put("inter2", "#group+type+actor2");
		c.put("interaction", "#group+type+interaction");
		c.put("civilian_targeting", "#event+civilian_targeting");
		c.put("iso", "#country+code");
		c.put("region", "#region+name");
		c.put("country", "#country+name");
		c.put("admin1", "#adm1+name");
		c.put("admin2", "#adm2+name");
		c.put("admin3", "#adm3+name");
		c.put("location", "#loc+name");
		c.put("latitude", "#geo+lat");
		c.put("longitude", "#geo+lon");
		c.put("geo_precision", "#meta+geo_precision");
		c.put("source", "#meta+source");
		c.put("source_scale", "#meta+source+scale");
		c.put("notes", "#description");
		c.put("fatalities", "#affected+killed");
		c.put("tags", "#meta+tags");
		c.put("timestamp", "#date+reported");
		c.put("raqib_status", "#status+name");
		c.put("raqib_zones", "#loc+zone");
		c.put("raqib_party_responsible", "#group+code+responsible");
		c.put("raqib_injured", "#affected+injured");
		c.put("raqib_children", "#affected+children");
		c.put("raqib_women", "#affected+f");
		COLUMNS = java.util.Collections.unmodifiableMap(c);
	}

	private final LogReader reader;

	IncidentExport(LogReader reader) {
		this.reader = reader;
	}

	byte[] write(@Nullable RaqibUser user, String log, List<Incident> incidents, ExportFormat format, IntConsumer done) {
		var rows = new ArrayList<Map<String, Object>>(incidents.size());
		for (int i = 0; i < incidents.size(); i++) {
			rows.add(row(user, log, incidents.get(i)));
			done.accept(i + 1);
		}
		return format == ExportFormat.GEOJSON ? geojson(incidents, rows) : csv(rows, format == ExportFormat.HXL);
	}

	private Map<String, Object> row(@Nullable RaqibUser user, String log, Incident i) {
		IncidentReport report = this.reader.payload(log, i.index(), user)
			.map(p -> IncidentPayloads.Reported.read(p).report()).orElse(null);
		var row = new LinkedHashMap<String, Object>();
		row.put("event_id_cnty", log.toUpperCase(java.util.Locale.ROOT) + "-" + i.index());
		row.put("event_date", i.day().toString());
		row.put("year", i.day().getYear());
		row.put("time_precision", i.timePrecision());
		row.put("disorder_type", disorder(i.type().event()));
		row.put("event_type", i.type().event().acled());
		row.put("sub_event_type", i.type().acled());
		row.put("actor1", text(i.actor1()));
		row.put("assoc_actor_1", "");
		row.put("inter1", i.inter1() == null ? "" : i.inter1());
		row.put("actor2", text(i.actor2()));
		row.put("assoc_actor_2", "");
		row.put("inter2", i.inter2() == null ? "" : i.inter2());
		row.put("interaction", interaction(i.inter1(), i.inter2()));
		row.put("civilian_targeting", i.type().event() == IncidentType.Event.VIOLENCE_AGAINST_CIVILIANS
				? "Civilian targeting" : "");
		for (String blank : List.of("iso", "region", "country", "admin1", "admin2", "admin3")) {
			row.put(blank, "");
		}
		row.put("location", text(i.location()));
		row.put("latitude", i.lat());
		row.put("longitude", i.lon());
		row.put("geo_precision", i.geoPrecision());
		row.put("source", report == null ? "" : String.join("; ", report.sources().stream().map(s -> s.name()).toList()));
		row.put("source_scale", report == null ? "" : String.join("; ",
				report.sources().stream().map(s -> s.kind().code()).distinct().toList()));
		row.put("notes", report == null ? i.summary() : report.narrative().in("en"));
		row.put("fatalities", i.killed());
		row.put("tags", i.demo() ? "demo" : "");
		row.put("timestamp", i.recordedAt().getEpochSecond());
		row.put("raqib_status", i.status().code());
		row.put("raqib_zones", String.join(";", i.zones()));
		row.put("raqib_party_responsible", text(i.responsible()));
		row.put("raqib_injured", i.injured());
		row.put("raqib_children", report == null ? "" : report.casualties().children());
		row.put("raqib_women", report == null ? "" : report.casualties().women());
		return row;
	}

	private static byte[] csv(List<Map<String, Object>> rows, boolean hxl) {
		var out = new StringWriter();
		try (var csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
			csv.printRecord(COLUMNS.keySet());
			if (hxl) {
				// Written as they are: a CSV printer quotes a cell starting with #, which some HXL tools read as text.
				csv.flush();
				out.append(String.join(",", COLUMNS.values())).append("\r\n");
			}
			for (Map<String, Object> row : rows) {
				csv.printRecord(row.values());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] geojson(List<Incident> incidents, List<Map<String, Object>> rows) {
		var features = new ArrayList<Map<String, Object>>();
		for (int i = 0; i < incidents.size(); i++) {
			features.add(IncidentMap.point(incidents.get(i).lon(), incidents.get(i).lat(), rows.get(i)));
		}
		return Payloads.write(Map.of("type", "FeatureCollection", "features", features));
	}

	private static String disorder(IncidentType.Event event) {
		switch (event) {
			case PROTESTS:
			case RIOTS:
				return "Demonstrations";
			case STRATEGIC_DEVELOPMENTS:
				return "Strategic developments";
			default:
				return "Political violence";
		}
	}

	private static String interaction(@Nullable Integer a, @Nullable Integer b) {
		if (a == null && b == null) {
			return "";
		}
		if (a == null || b == null) {
			return Integer.toString(a == null ? b * 10 : a * 10);
		}
		return Math.min(a, b) + "" + Math.max(a, b);
	}

	private static String text(@Nullable String text) {
		return text == null ? "" : text;
	}

}
