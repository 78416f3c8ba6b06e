package org.raqib.server.incident;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code incident_count} table: incidents per local day, zone, sub-type and status, kept as the projection
 * applies each report, step and merge, so the counts per day, zone and type read the days' rows only. It
 * answers filters on period, status, event and type; a filter on a party or a box is read from the incidents.
 */
@Repository
class IncidentCountTable {

	/** The zone of the row that counts every incident once, whatever its zones. */
	static final String ALL = "*";

	private final JdbcClient jdbc;

	IncidentCountTable(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	static boolean answers(IncidentFilter filter) {
		return filter.party() == null && filter.box() == null;
	}

	/** The zones an incident is counted under: each it lies in (or none), and the total. */
	static List<String> zonesOf(List<String> zones) {
		var counted = new ArrayList<String>(zones.isEmpty() ? List.of("") : zones);
		counted.add(ALL);
		return counted;
	}

	/** Adds {@code delta} (1 or -1) to the rows of an incident of this day, zones, type and status. */
	void add(String log, LocalDate day, List<String> zones, IncidentType type, IncidentStatus status, int delta) {
		for (String zone : zonesOf(zones)) {
			int updated = this.jdbc.sql("""
					UPDATE incident_count SET n = n + :delta
					WHERE log_id = :log AND occurred_day = :day AND zone = :zone AND sub_type = :type AND status = :status
					""").param("delta", delta).param("log", log).param("day", day).param("zone", zone)
				.param("type", type.code()).param("status", status.code()).update();
			if (updated == 0) {
				insert(log, day, zone, type, status.code(), delta);
			}
			else if (delta < 0) {
				// A row left at 0 is removed, so the table holds what the incidents give, however they got there.
				this.jdbc.sql("""
						DELETE FROM incident_count
						WHERE log_id = :log AND occurred_day = :day AND zone = :zone AND sub_type = :type AND status = :status
						      AND n = 0
						""").param("log", log).param("day", day).param("zone", zone).param("type", type.code())
					.param("status", status.code()).update();
			}
		}
	}

	void insert(String log, LocalDate day, String zone, IncidentType type, String status, long n) {
		this.jdbc.sql("""
				INSERT INTO incident_count (log_id, occurred_day, zone, sub_type, status, event_type, n)
				VALUES (:log, :day, :zone, :type, :status, :event, :n)
				""").param("log", log).param("day", day).param("zone", zone).param("type", type.code())
			.param("status", status).param("event", type.event().code()).param("n", n).update();
	}

	/** Incidents per local day, zone (empty: in no zone) and sub-type, for a filter this table answers. */
	List<DayCount> perDay(String log, IncidentFilter filter) {
		Where where = where(log, filter);
		return where.bind(this.jdbc.sql("SELECT occurred_day, zone, sub_type, SUM(n) AS n FROM incident_count WHERE "
				+ where.clause() + " AND zone <> '" + ALL + "' GROUP BY occurred_day, zone, sub_type"
				+ " ORDER BY occurred_day, zone, sub_type"))
			.query((rs, row) -> new DayCount(rs.getObject("occurred_day", LocalDate.class), rs.getString("zone"),
					IncidentType.ofCode(rs.getString("sub_type")).orElseThrow(), rs.getLong("n")))
			.list();
	}

	/** The number of incidents, for a filter this table answers. */
	long count(String log, IncidentFilter filter) {
		Where where = where(log, filter);
		return where.bind(this.jdbc.sql("SELECT COALESCE(SUM(n), 0) FROM incident_count WHERE " + where.clause()
				+ " AND zone = '" + ALL + "'")).query(Long.class).single();
	}

	private static Where where(String log, IncidentFilter filter) {
		var clause = new StringBuilder("log_id = :log AND occurred_day BETWEEN :from AND :to");
		var params = new LinkedHashMap<String, Object>(Map.of("log", log, "from", filter.from(), "to", filter.to()));
		if (!filter.statuses().isEmpty()) {
			clause.append(" AND status IN (:statuses)");
			params.put("statuses", filter.statuses().stream().map(IncidentStatus::code).sorted().toList());
		}
		if (filter.event() != null) {
			clause.append(" AND event_type = :event");
			params.put("event", filter.event().code());
		}
		if (filter.type() != null) {
			clause.append(" AND sub_type = :type");
			params.put("type", filter.type().code());
		}
		return new Where(clause.toString(), params);
	}

	private record Where(String clause, Map<String, Object> params) {

		JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
			JdbcClient.StatementSpec bound = spec;
			for (Map.Entry<String, Object> p : this.params.entrySet()) {
				bound = bound.param(p.getKey(), p.getValue());
			}
			return bound;
		}

	}

}
