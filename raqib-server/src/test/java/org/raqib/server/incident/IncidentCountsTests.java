package org.raqib.server.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.raqib.server.ContextTest;
import org.raqib.server.record.Rebuild;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The counts the projection keeps (per day, zone, type and status; per grid cell, day or week, and status)
 * answer exactly what reading the incidents answers, through reports, steps, a dismissal and a merge, after a
 * rebuild and when filled at start for incidents projected before them.
 */
@ContextTest
class IncidentCountsTests {

	private static final IncidentFilter.Box WORLD = new IncidentFilter.Box(-180, -90, 180, 90);

	private static final LocalDate FROM = LocalDate.parse("2020-03-04");

	private static final LocalDate TO = LocalDate.parse("2020-03-20");

	@Autowired
	IncidentFixtures fixtures;

	@Autowired
	IncidentWorkflow workflow;

	@Autowired
	IncidentTable table;

	@Autowired
	IncidentCellTable cells;

	@Autowired
	IncidentMap map;

	@Autowired
	IncidentCounting counting;

	@Autowired
	Rebuild rebuild;

	@Autowired
	JdbcClient jdbc;

	IncidentFixtures.Room room;

	@BeforeEach
	void incidentsOverThreeWeeks() throws Exception {
		this.room = this.fixtures.idlib();
		var reported = new ArrayList<Long>();
		List<String> days = List.of("2020-03-03", "2020-03-04", "2020-03-08", "2020-03-09", "2020-03-15", "2020-03-16",
				"2020-03-20", "2020-03-21");
		for (int i = 0; i < days.size(); i++) {
			IncidentType type = i % 2 == 0 ? IncidentType.SHELLING : IncidentType.CEASEFIRE_VIOLATION;
			double lon = i % 3 == 0 ? 36.75 : 36.2 + i * 0.05;
			double lat = i % 3 == 0 ? 35.855 : 36.25 - i * 0.03;
			reported.add(this.fixtures.reported(this.room,
					IncidentFixtures.report(lon, lat, days.get(i) + "T09:00:00Z", type, "syrian-government")));
		}
		for (int i = 1; i < 6; i++) {
			this.workflow.step(this.room.otherMonitor(), this.room.id(), reported.get(i), IncidentStatus.UNDER_REVIEW, null);
		}
		this.workflow.step(this.room.otherMonitor(), this.room.id(), reported.get(1), IncidentStatus.DISMISSED, null);
		for (int i = 2; i < 5; i++) {
			this.workflow.step(this.room.otherMonitor(), this.room.id(), reported.get(i), IncidentStatus.VERIFIED, null);
			this.workflow.step(this.room.mediator(), this.room.id(), reported.get(i), IncidentStatus.PUBLISHED, null);
		}
		this.workflow.merge(this.room.otherMonitor(), this.room.id(), reported.get(6), reported.get(0), null);
	}

	@Test
	void theKeptCountsAreTheCountsOfTheIncidents() {
		for (Set<IncidentStatus> statuses : List.of(Set.<IncidentStatus>of(), Set.of(IncidentStatus.PUBLISHED),
				Incidents.STANDING)) {
			var kept = IncidentFilter.period(FROM, TO, statuses);
			var read = new IncidentFilter(FROM, TO, null, null, statuses, null, WORLD, IncidentFilter.MAX_LIMIT);
			assertThat(this.table.perDay(this.room.id(), kept)).isNotEmpty()
				.isEqualTo(this.table.perDay(this.room.id(), read));
			assertThat(this.table.count(this.room.id(), kept)).isEqualTo(this.table.count(this.room.id(), read));
			var shelling = new IncidentFilter(FROM, TO, null, IncidentType.SHELLING, statuses, null, null, 100);
			var shellingRead = new IncidentFilter(FROM, TO, null, IncidentType.SHELLING, statuses, null, WORLD, 100);
			assertThat(this.table.perDay(this.room.id(), shelling))
				.isEqualTo(this.table.perDay(this.room.id(), shellingRead));
		}
	}

	@Test
	void aMergedDuplicateAndADismissedReportAreNotCountedWhereTheyWereExcluded() {
		var all = IncidentFilter.period(FROM, TO, Set.of());
		var standing = IncidentFilter.period(FROM, TO, Incidents.STANDING);

		assertThat(this.table.count(this.room.id(), all)).isEqualTo(5);
		assertThat(this.table.count(this.room.id(), standing)).isEqualTo(4);
		assertThat(this.table.count(this.room.id(), IncidentFilter.period(FROM, TO, Set.of(IncidentStatus.PUBLISHED))))
			.isEqualTo(3);
	}

	@Test
	void theGridCountsEveryIncidentOfTheWeeksAndTheDaysAtTheEdges() {
		var all = new IncidentFilter(FROM, TO, null, null, Set.of(), null, WORLD, 2);

		Optional<List<IncidentMap.Cluster>> clusters = this.cells.clusters(this.room.id(), all, 9.0);

		assertThat(clusters).isPresent();
		assertThat(clusters.get().stream().mapToLong(IncidentMap.Cluster::count).sum()).isEqualTo(5);
		assertThat(this.cells.clusters(this.room.id(), new IncidentFilter(FROM, TO, null, null, Set.of(), null, WORLD,
				5), 9.0)).isEmpty();
		assertThat(this.cells.clusters(this.room.id(), new IncidentFilter(FROM, TO, null, IncidentType.SHELLING,
				Set.of(), null, WORLD, 2), 9.0)).isEmpty();
		assertThat(this.cells.clusters(this.room.id(), all, IncidentCellTable.GRID / 4)).isEmpty();
	}

	@Test
	void aViewerMapClusteredFromTheGridCountsPublishedIncidentsOnly() {
		var asked = new IncidentFilter(FROM, TO, null, null, Set.of(), null, WORLD, 2);

		Map<String, Object> data = this.map.data(this.room.viewer(), this.room.id(), asked, Locale.ENGLISH);

		assertThat(data.get("clustered")).isEqualTo(true);
		assertThat(((List<?>) data.get("features")).stream()
			.mapToLong(f -> ((Number) ((Map<?, ?>) ((Map<?, ?>) f).get("properties")).get("count")).longValue()).sum())
			.isEqualTo(3);
	}

	@Test
	void aRebuildGivesTheSameCounts() {
		assertThat(this.rebuild.rebuild(this.room.id(), false).matches()).isTrue();
	}

	@Test
	void theCountsAreFilledAtStartForIncidentsProjectedBeforeThem() {
		List<String> counts = rows("incident_count");
		List<String> grid = rows("incident_cell");
		this.jdbc.sql("DELETE FROM incident_count WHERE log_id = :log").param("log", this.room.id()).update();
		this.jdbc.sql("DELETE FROM incident_cell WHERE log_id = :log").param("log", this.room.id()).update();

		this.counting.run(null);

		assertThat(rows("incident_count")).isNotEmpty().isEqualTo(counts);
		assertThat(rows("incident_cell")).isNotEmpty().isEqualTo(grid);
	}

	private List<String> rows(String table) {
		return this.jdbc.sql("SELECT * FROM " + table + " WHERE log_id = :log").param("log", this.room.id())
			.query((rs, row) -> {
				var text = new StringBuilder();
				for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
					text.append(rs.getObject(column)).append(';');
				}
				return text.toString();
			})
			.list().stream().sorted().toList();
	}

}
