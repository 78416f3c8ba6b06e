package org.raqib.server.incident;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code incident_cell} table: incidents per status and cell of a fixed grid over each local day and each week from a Monday, kept as the projection applies each report, step
 * and merge. A clustered map of a large view reads the weeks of its period and the days at its edges, a few
 * thousand rows, instead of every incident; it answers filters on period, status and box only.
 */
@Repository
class IncidentCellTable {

	/** The side of a cell in degrees: about 5 km, so the whole Idlib area is about 34 cells across. */
	static final double GRID = 0.05;

	/** So many incidents in the cell of this column and row. */
	private record Cell(int cx, int cy, long n) {

		double lon() {
			return (this.cx + 0.5) * GRID;
		}

		double lat() {
			return (this.cy + 0.5) * GRID;
		}

	}

	/** Incidents counted on a coarser grid, with the sums of their cells' centres. */
	private record Sum(long n, double lon, double lat) {

		Sum plus(Sum other) {
			return new Sum(this.n + other.n, this.lon + other.lon, this.lat + other.lat);
		}

	}

	private final JdbcClient jdbc;

	IncidentCellTable(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	static int cell(double degrees) {
		return (int) Math.floor(degrees / GRID);
	}

	static LocalDate weekOf(LocalDate day) {
		return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	/** Adds {@code delta} (1 or -1) to the day's and the week's rows of an incident at this place and status. */
	void add(String log, LocalDate day, double lon, double lat, IncidentStatus status, int delta) {
		add(log, 1, day, lon, lat, status, delta);
		add(log, 7, weekOf(day), lon, lat, status, delta);
	}

	private void add(String log, int days, LocalDate first, double lon, double lat, IncidentStatus status, int delta) {
		Map<String, Object> key = Map.of("log", log, "days", days, "first", first, "status", status.code(), "cx",
				cell(lon), "cy", cell(lat));
		String where = "log_id = :log AND days = :days AND first_day = :first AND status = :status AND cx = :cx AND cy = :cy";
		int updated = bind(this.jdbc.sql("UPDATE incident_cell SET n = n + :delta WHERE " + where), key)
			.param("delta", delta).update();
		if (updated == 0) {
			insert(log, days, first, status.code(), cell(lon), cell(lat), delta);
		}
		else if (delta < 0) {
			// A cell left empty is removed, so the table holds what the incidents give, however they got there.
			bind(this.jdbc.sql("DELETE FROM incident_cell WHERE " + where + " AND n = 0"), key).update();
		}
	}

	void insert(String log, int days, LocalDate first, String status, int cx, int cy, long n) {
		this.jdbc.sql("""
				INSERT INTO incident_cell (log_id, days, first_day, status, cx, cy, n)
				VALUES (:log, :days, :first, :status, :cx, :cy, :n)
				""").param("log", log).param("days", days).param("first", first).param("status", status)
			.param("cx", cx).param("cy", cy).param("n", n).update();
	}

	/**
	 * The selected incidents counted on a grid of {@code size} degrees (at least {@link #GRID}), each at the mean
	 * of the centres of the cells of this table it holds (within half a cell of the incidents' mean position).
	 * Empty when this table cannot answer the filter, when {@code size} is less than half a cell (a view less than
	 * a degree across keeps its own finer grid), or when the cells lying wholly in the box hold at most the
	 * filter's limit: then the incidents themselves are read. A cell crossing the edge of the box is counted whole.
	 */
	Optional<List<IncidentMap.Cluster>> clusters(String log, IncidentFilter filter, double size) {
		if (size < GRID / 2 || filter.event() != null || filter.type() != null || filter.party() != null) {
			return Optional.empty();
		}
		List<Cell> cells = cells(log, filter);
		long inside = cells.stream().filter(c -> inside(c, filter.box())).mapToLong(Cell::n).sum();
		if (inside <= filter.limit()) {
			return Optional.empty();
		}
		double side = Math.max(size, GRID);
		var grid = new LinkedHashMap<List<Long>, Sum>();
		for (Cell c : cells) {
			grid.merge(List.of((long) Math.floor(c.lon() / side), (long) Math.floor(c.lat() / side)),
					new Sum(c.n(), c.n() * c.lon(), c.n() * c.lat()), Sum::plus);
		}
		return Optional.of(grid.values().stream()
			.map(s -> new IncidentMap.Cluster(s.n(), s.lon() / s.n(), s.lat() / s.n())).toList());
	}

	/** The cells touching the box over the period: its whole weeks, then the days before and after them. */
	private List<Cell> cells(String log, IncidentFilter filter) {
		LocalDate firstWeek = filter.from().with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
		LocalDate lastWeek = weekOf(filter.to().minusDays(6));
		boolean weeks = !firstWeek.isAfter(lastWeek);
		var params = new HashMap<String, Object>(Map.of("log", log, "from", filter.from(), "to", filter.to(),
				"firstWeek", firstWeek, "lastWeek", lastWeek, "before", weeks ? firstWeek.minusDays(1) : filter.to(),
				"after", weeks ? lastWeek.plusDays(7) : filter.to().plusDays(1)));
		var where = new StringBuilder("log_id = :log");
		if (!filter.statuses().isEmpty()) {
			where.append(" AND status IN (:statuses)");
			params.put("statuses", filter.statuses().stream().map(IncidentStatus::code).sorted().toList());
		}
		if (filter.box() != null) {
			where.append(" AND cx BETWEEN :west AND :east AND cy BETWEEN :south AND :north");
			params.putAll(Map.of("west", cell(filter.box().west()), "east", cell(filter.box().east()), "south",
					cell(filter.box().south()), "north", cell(filter.box().north())));
		}
		// Three ranges of the key, one statement each, so each reads only its part of the primary key.
		String select = "SELECT cx, cy, n FROM incident_cell WHERE " + where;
		return bind(this.jdbc.sql("SELECT cx, cy, SUM(n) AS n FROM (" + select
				+ " AND days = 7 AND first_day BETWEEN :firstWeek AND :lastWeek UNION ALL " + select
				+ " AND days = 1 AND first_day BETWEEN :from AND :before UNION ALL " + select
				+ " AND days = 1 AND first_day BETWEEN :after AND :to) c GROUP BY cx, cy"), params)
			.query((rs, row) -> new Cell(rs.getInt("cx"), rs.getInt("cy"), rs.getLong("n")))
			.list();
	}

	private static boolean inside(Cell cell, IncidentFilter.@Nullable Box box) {
		return box == null || cell.cx() * GRID >= box.west() && (cell.cx() + 1) * GRID <= box.east()
				&& cell.cy() * GRID >= box.south() && (cell.cy() + 1) * GRID <= box.north();
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Map<String, Object> params) {
		JdbcClient.StatementSpec bound = spec;
		for (Map.Entry<String, Object> p : params.entrySet()) {
			bound = bound.param(p.getKey(), p.getValue());
		}
		return bound;
	}

}
