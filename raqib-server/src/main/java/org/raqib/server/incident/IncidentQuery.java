package org.raqib.server.incident;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The WHERE clause of a filter over the {@code incident} table (under an alias) and its parameters. */
record IncidentQuery(String where, Map<String, Object> params) {

	static IncidentQuery of(String log, IncidentFilter filter, String a) {
		var clauses = new ArrayList<String>(List.of(a + ".log_id = :log", a + ".duplicate_of IS NULL",
				a + ".occurred_day BETWEEN :dayFrom AND :dayTo"));
		var params = new LinkedHashMap<String, Object>();
		params.put("log", log);
		params.put("dayFrom", filter.from());
		params.put("dayTo", filter.to());
		// The same period on the indexed instant, a day wider each side (any time zone's day lies inside it), so
		// the (log, status, time) index reads only the period.
		clauses.add(a + ".occurred_from >= :timeFrom AND " + a + ".occurred_from < :timeTo");
		params.put("timeFrom", java.time.OffsetDateTime.of(filter.from().minusDays(1).atStartOfDay(), java.time.ZoneOffset.UTC));
		params.put("timeTo", java.time.OffsetDateTime.of(filter.to().plusDays(2).atStartOfDay(), java.time.ZoneOffset.UTC));
		if (!filter.statuses().isEmpty()) {
			clauses.add(a + ".status IN (:statuses)");
			params.put("statuses", filter.statuses().stream().map(IncidentStatus::code).sorted().toList());
		}
		if (filter.event() != null) {
			clauses.add(a + ".event_type = :event");
			params.put("event", filter.event().code());
		}
		if (filter.type() != null) {
			clauses.add(a + ".sub_type = :type");
			params.put("type", filter.type().code());
		}
		if (filter.party() != null) {
			clauses.add(a + ".responsible = :party");
			params.put("party", filter.party());
		}
		if (filter.box() != null) {
			clauses.add(a + ".lon BETWEEN :west AND :east AND " + a + ".lat BETWEEN :south AND :north");
			params.put("west", filter.box().west());
			params.put("east", filter.box().east());
			params.put("south", filter.box().south());
			params.put("north", filter.box().north());
		}
		return new IncidentQuery(String.join(" AND ", clauses), params);
	}

	JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
		JdbcClient.StatementSpec bound = spec;
		for (Map.Entry<String, Object> p : this.params.entrySet()) {
			bound = bound.param(p.getKey(), p.getValue());
		}
		return bound;
	}

}
