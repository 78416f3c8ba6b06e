package org.raqib.server.incident;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.raqib.server.record.RecordedEntry;
import org.raqib.server.system.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code incident} and {@code incident_zone} tables: one row per report, and the zones it lies in. */
@Repository
class IncidentTable {

	private static final String COLUMNS = """
			log_id, idx, party, reported_by, recorded_at, occurred_from, occurred_to, occurred_day, time_precision, lon,
			lat, geo_precision, location, zones, near_zones, nearest_post, post_km, event_type, sub_type, responsible,
			actor1, inter1, actor2, inter2, killed, injured, summary, demo, status, reviewed_by, verified_by,
			duplicate_of""";

	private final JdbcClient jdbc;

	private final IncidentCountTable counts;

	IncidentTable(JdbcClient jdbc, IncidentCountTable counts) {
		this.jdbc = jdbc;
		this.counts = counts;
	}

	void insert(RecordedEntry entry, IncidentPayloads.Reported reported, LocalDate day) {
		IncidentReport r = reported.report();
		IncidentPayloads.Placement p = reported.placement();
		IncidentReport.Actor a1 = r.actors().stream().filter(a -> a.side() == 1).findFirst().orElse(null);
		IncidentReport.Actor a2 = r.actors().stream().filter(a -> a.side() == 2).findFirst().orElse(null);
		this.jdbc.sql("""
				INSERT INTO incident (log_id, idx, party, reported_by, recorded_at, occurred_from, occurred_to,
				       occurred_day, time_precision, lon, lat, geo_precision, location, zones, near_zones, nearest_post,
				       post_km, event_type, sub_type, responsible, actor1, inter1, actor2, inter2, killed, injured,
				       summary, demo, status, status_idx)
				VALUES (:log, :idx, :party, :by, :recorded, :from, :to, :day, :tp, :lon, :lat, :gp, :location, :zones,
				       :near, :post, :postKm, :event, :type, :responsible, :actor1, :inter1, :actor2, :inter2, :killed,
				       :injured, :summary, :demo, 'reported', :idx)
				""")
			.param("log", entry.log())
			.param("idx", entry.index())
			.param("party", entry.party())
			.param("by", entry.recordedBy())
			.param("recorded", Timestamps.utc(entry.recordedAt()))
			.param("from", Timestamps.utc(r.from()))
			.param("to", Timestamps.utc(r.to()))
			.param("day", day)
			.param("tp", r.timePrecision())
			.param("lon", r.lon())
			.param("lat", r.lat())
			.param("gp", r.geoPrecision())
			.param("location", r.location())
			.param("zones", joined(p.zones()))
			.param("near", joined(p.nearZones()))
			.param("post", p.nearestPost())
			.param("postKm", p.postKm())
			.param("event", r.type().event().code())
			.param("type", r.type().code())
			.param("responsible", r.responsible())
			.param("actor1", a1 == null ? null : a1.name())
			.param("inter1", a1 == null ? null : a1.actorClass().inter())
			.param("actor2", a2 == null ? null : a2.name())
			.param("inter2", a2 == null ? null : a2.actorClass().inter())
			.param("killed", r.casualties().killed())
			.param("injured", r.casualties().injured())
			.param("summary", summary(r.narrative()))
			.param("demo", r.demo())
			.update();
		for (String zone : p.zones()) {
			this.jdbc.sql("INSERT INTO incident_zone (log_id, idx, zone, occurred_day) VALUES (:log, :idx, :zone, :day)")
				.param("log", entry.log()).param("idx", entry.index()).param("zone", zone).param("day", day).update();
		}
	}

	Optional<Incident> find(String log, long index) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM incident WHERE log_id = :log AND idx = :idx")
			.param("log", log).param("idx", index).query(IncidentTable::incident).optional();
	}

	void status(String log, long index, IncidentStatus status, long stepIndex, String by) {
		String who = status == IncidentStatus.UNDER_REVIEW ? "reviewed_by = :by, "
				: status.isVerdict() ? "verified_by = :by, " : "";
		this.jdbc.sql("UPDATE incident SET " + who + "status = :status, status_idx = :step WHERE log_id = :log AND idx = :idx")
			.param("status", status.code()).param("step", stepIndex).param("log", log).param("idx", index)
			.param("by", by).update();
	}

	void merge(String log, long duplicate, long original) {
		this.jdbc.sql("UPDATE incident SET duplicate_of = :original WHERE log_id = :log AND idx = :idx")
			.param("original", original).param("log", log).param("idx", duplicate).update();
	}

	List<Incident> duplicatesOf(String log, long original) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM incident WHERE log_id = :log AND duplicate_of = :idx ORDER BY idx")
			.param("log", log).param("idx", original).query(IncidentTable::incident).list();
	}

	/** The incidents the filter selects, latest first. */
	List<Incident> list(String log, IncidentFilter filter) {
		return byIndex(log, indexes(log, filter));
	}

	/**
	 * The log indexes of the incidents the filter selects, latest first: read from the index that holds every
	 * column the filter names, without visiting the rows.
	 */
	List<Long> indexes(String log, IncidentFilter filter) {
		IncidentQuery q = IncidentQuery.of(log, filter, "i");
		return q.bind(this.jdbc.sql("SELECT i.idx FROM incident i WHERE " + q.where()
				+ " ORDER BY i.occurred_from DESC, i.idx DESC FETCH FIRST " + Math.max(1, filter.limit()) + " ROWS ONLY"))
			.query(Long.class).list();
	}

	/** The incidents of these indexes, in the order given. */
	List<Incident> byIndex(String log, List<Long> indexes) {
		var found = new java.util.HashMap<Long, Incident>();
		for (int from = 0; from < indexes.size(); from += 1_000) {
			this.jdbc.sql("SELECT " + COLUMNS + " FROM incident WHERE log_id = :log AND idx IN (:indexes)")
				.param("log", log).param("indexes", indexes.subList(from, Math.min(indexes.size(), from + 1_000)))
				.query(IncidentTable::incident).list().forEach(i -> found.put(i.index(), i));
		}
		return indexes.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
	}

	/** The number of incidents the filter selects (from the kept counts unless it names a party or a box). */
	long count(String log, IncidentFilter filter) {
		if (IncidentCountTable.answers(filter)) {
			return this.counts.count(log, filter);
		}
		IncidentQuery q = IncidentQuery.of(log, filter, "i");
		return q.bind(this.jdbc.sql("SELECT COUNT(*) FROM incident i WHERE " + q.where())).query(Long.class).single();
	}

	/** The selected incidents counted per cell of a grid of {@code cell} degrees, with the cell's mean position. */
	List<IncidentMap.Cluster> clusters(String log, IncidentFilter filter, double cell) {
		IncidentQuery q = IncidentQuery.of(log, filter, "i");
		// The cell is a number the server computed, written into the statement so the grouping matches the select.
		String x = String.format(java.util.Locale.ROOT, "FLOOR(i.lon / %.9f)", cell);
		String y = String.format(java.util.Locale.ROOT, "FLOOR(i.lat / %.9f)", cell);
		return q.bind(this.jdbc.sql("SELECT " + x + " AS cx, " + y + " AS cy, COUNT(*) AS n, AVG(i.lon) AS lon, "
				+ "AVG(i.lat) AS lat FROM incident i WHERE " + q.where() + " GROUP BY " + x + ", " + y))
			.query((rs, row) -> new IncidentMap.Cluster(rs.getLong("n"), rs.getDouble("lon"), rs.getDouble("lat")))
			.list();
	}

	/** When the latest incident (not merged into another) began before {@code until}, if any. */
	Optional<Instant> latest(String log, Instant until) {
		return this.jdbc.sql("""
				SELECT MAX(occurred_from) AS last_at FROM incident
				WHERE log_id = :log AND duplicate_of IS NULL AND occurred_from < :until""")
			.param("log", log)
			.param("until", Timestamps.utc(until))
			.query((rs, row) -> Optional.ofNullable(Timestamps.instant(rs, "last_at")))
			.single();
	}

	/**
	 * Incidents per local day, zone (empty: in no zone) and sub-type; merged duplicates are counted once. Read
	 * from the counts the projection keeps unless the filter names a party or a box.
	 */
	List<DayCount> perDay(String log, IncidentFilter filter) {
		if (IncidentCountTable.answers(filter)) {
			return this.counts.perDay(log, filter);
		}
		IncidentQuery q = IncidentQuery.of(log, filter, "i");
		return q.bind(this.jdbc.sql("""
				SELECT i.occurred_day, COALESCE(z.zone, '') AS zone_id, i.sub_type, COUNT(*) AS n
				FROM incident i LEFT JOIN incident_zone z ON z.log_id = i.log_id AND z.idx = i.idx""" + " WHERE "
				+ q.where() + " GROUP BY i.occurred_day, COALESCE(z.zone, ''), i.sub_type"
				+ " ORDER BY i.occurred_day, zone_id, i.sub_type"))
			.query((rs, row) -> new DayCount(rs.getObject("occurred_day", LocalDate.class), rs.getString("zone_id"),
					IncidentType.ofCode(rs.getString("sub_type")).orElseThrow(), rs.getLong("n")))
			.list();
	}

	static String joined(List<String> ids) {
		return ids.isEmpty() ? "" : "," + String.join(",", ids) + ",";
	}

	private static List<String> split(@Nullable String joined) {
		return joined == null || joined.isEmpty() ? List.of()
				: Arrays.stream(joined.split(",")).filter(s -> !s.isEmpty()).toList();
	}

	private static String summary(IncidentReport.Narrative narrative) {
		String text = narrative.en() != null ? narrative.en() : narrative.ar() == null ? "" : narrative.ar();
		String line = text.lines().findFirst().orElse("").strip();
		return line.length() > 300 ? line.substring(0, 299) + "…" : line;
	}

	static Incident incident(ResultSet rs, int row) throws SQLException {
		return new Incident(rs.getString("log_id"), rs.getLong("idx"), rs.getString("party"), rs.getString("reported_by"),
				Timestamps.instant(rs, "recorded_at"), Timestamps.instant(rs, "occurred_from"),
				Timestamps.instant(rs, "occurred_to"), rs.getObject("occurred_day", LocalDate.class),
				rs.getInt("time_precision"), rs.getDouble("lon"), rs.getDouble("lat"), rs.getInt("geo_precision"),
				rs.getString("location"), split(rs.getString("zones")), split(rs.getString("near_zones")),
				rs.getString("nearest_post"), (Double) rs.getObject("post_km", Double.class),
				IncidentType.ofCode(rs.getString("sub_type")).orElseThrow(), rs.getString("responsible"),
				rs.getString("actor1"), (Integer) rs.getObject("inter1", Integer.class), rs.getString("actor2"),
				(Integer) rs.getObject("inter2", Integer.class), rs.getInt("killed"), rs.getInt("injured"),
				rs.getString("summary"), rs.getBoolean("demo"),
				IncidentStatus.ofCode(rs.getString("status")).orElseThrow(), rs.getString("reviewed_by"),
				rs.getString("verified_by"), (Long) rs.getObject("duplicate_of", Long.class));
	}

}
