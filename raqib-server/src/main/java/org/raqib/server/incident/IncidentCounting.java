package org.raqib.server.incident;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills the counts the projection keeps ({@code incident_count}, {@code incident_cell}, added in V10_2 and
 * V10_3) for a log whose incidents were projected before them, once, when the server starts: from the
 * incident rows, exactly as replaying the log would (so {@code ./raqib rebuild} finds them equal).
 */
@Component
@Order(1)
class IncidentCounting implements ApplicationRunner {

	private final JdbcClient jdbc;

	private final IncidentCountTable counts;

	private final IncidentCellTable cells;

	IncidentCounting(JdbcClient jdbc, IncidentCountTable counts, IncidentCellTable cells) {
		this.jdbc = jdbc;
		this.counts = counts;
		this.cells = cells;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		List<String> logs = this.jdbc.sql("""
				SELECT DISTINCT log_id FROM incident i WHERE duplicate_of IS NULL
				AND NOT EXISTS (SELECT 1 FROM incident_count c WHERE c.log_id = i.log_id)
				""").query(String.class).list();
		logs.forEach(this::fill);
	}

	private void fill(String log) {
		var zones = new HashMap<Long, List<String>>();
		this.jdbc.sql("SELECT idx, zone FROM incident_zone WHERE log_id = :log").param("log", log)
			.query(rs -> {
				zones.computeIfAbsent(rs.getLong("idx"), k -> new java.util.ArrayList<>()).add(rs.getString("zone"));
			});
		Map<List<Object>, Long> countRows = new HashMap<>();
		Map<List<Object>, Long> cellRows = new HashMap<>();
		this.jdbc.sql("""
				SELECT idx, occurred_day, sub_type, status, lon, lat FROM incident
				WHERE log_id = :log AND duplicate_of IS NULL""").param("log", log)
			.query(rs -> {
				LocalDate day = rs.getObject("occurred_day", LocalDate.class);
				String type = rs.getString("sub_type");
				String status = rs.getString("status");
				for (String zone : IncidentCountTable.zonesOf(zones.getOrDefault(rs.getLong("idx"), List.of()))) {
					countRows.merge(List.of(day, zone, type, status), 1L, Long::sum);
				}
				int cx = IncidentCellTable.cell(rs.getDouble("lon"));
				int cy = IncidentCellTable.cell(rs.getDouble("lat"));
				cellRows.merge(List.of(1, day, status, cx, cy), 1L, Long::sum);
				cellRows.merge(List.of(7, IncidentCellTable.weekOf(day), status, cx, cy), 1L, Long::sum);
			});
		countRows.forEach((key, n) -> this.counts.insert(log, (LocalDate) key.get(0), (String) key.get(1),
				IncidentType.ofCode((String) key.get(2)).orElseThrow(), (String) key.get(3), n));
		cellRows.forEach((key, n) -> this.cells.insert(log, (Integer) key.get(0), (LocalDate) key.get(1),
				(String) key.get(2), (Integer) key.get(3), (Integer) key.get(4), n));
	}

}
