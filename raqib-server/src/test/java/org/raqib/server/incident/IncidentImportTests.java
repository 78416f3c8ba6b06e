package org.raqib.server.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.raqib.server.ContextTest;
import org.raqib.server.record.LogReader;
import org.raqib.server.system.InvalidInput;
import org.raqib.server.system.SpreadsheetFile;
import org.springframework.beans.factory.annotation.Autowired;

@ContextTest
class IncidentImportTests {

	@Autowired
	IncidentFixtures fixtures;

	@Autowired
	IncidentImport imports;

	@Autowired
	Incidents incidents;

	@Autowired
	LogReader reader;

	IncidentFixtures.Room room;

	@BeforeEach
	void idlib() throws Exception {
		this.room = this.fixtures.idlib();
	}

	@Test
	void anAcledExtractIsRecordedWhole() {
		int recorded = this.imports.record(this.room.monitor(), this.room.id(), "turkiye", sheet("""
				event_date,sub_event_type,actor1,inter1,latitude,longitude,geo_precision,time_precision,location,source,notes,fatalities
				2020-03-07,Shelling/artillery/missile attack,Syrian Arab Army,1,35.855,36.75,1,1,Saraqib,Monitor team 3,Twelve rounds.,2
				2020-03-08,Armed clash,Opposition fighters,2,35.80,36.63,2,1,Ariha,Monitor team 3,Clash south of Ariha.,0
				"""), Map.of());

		assertThat(recorded).isEqualTo(2);
		var all = this.incidents.list(this.room.mediator(), this.room.id(),
				IncidentFilter.period(FilterParams.EARLIEST, FilterParams.LATEST, Set.of()));
		assertThat(all).extracting(Incident::type).containsExactlyInAnyOrder(IncidentType.SHELLING, IncidentType.ARMED_CLASH);
		assertThat(all).filteredOn(i -> i.type() == IncidentType.SHELLING).extracting(Incident::killed).containsExactly(2);
	}

	@Test
	void aSheetWithOneBadRowRecordsNothingAndNamesRowAndColumn() {
		long size = this.reader.summary(this.room.id()).size();

		assertThatThrownBy(() -> this.imports.record(this.room.monitor(), this.room.id(), "turkiye", sheet("""
				date,type,lat,lon,source,notes
				2020-03-07 06:00,shelling,35.855,36.75,Post 7,Twelve rounds.
				2020-03-08 06:00,bombardment,35.8,36.63,Post 7,Clash.
				2020-03-09 06:00,armed-clash,135.8,36.63,Post 7,Clash.
				"""), Map.of()))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
				.extracting(p -> p.field() + " " + p.code())
				.contains("row 3, type incident.code.unknown", "row 4, lon incident.place.range"));
		assertThat(this.reader.summary(this.room.id()).size()).isEqualTo(size);
	}

	@Test
	void aColumnIsMappedByTheUser() {
		int recorded = this.imports.record(this.room.monitor(), this.room.id(), "turkiye", sheet("""
				وقت الرصد,type,lat,lon,source,notes
				2020-03-07 06:00,shelling,35.855,36.75,Post 7,Twelve rounds.
				"""), Map.of("from", "وقت الرصد"));

		assertThat(recorded).isEqualTo(1);
	}

	@Test
	void aMissingRequiredColumnIsNamed() {
		assertThatThrownBy(() -> this.imports.record(this.room.monitor(), this.room.id(), "turkiye", sheet("""
				date,type,source,notes
				2020-03-07 06:00,shelling,Post 7,Twelve rounds.
				"""), Map.of()))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
				.extracting(p -> p.field()).contains("map_lon", "map_lat"));
	}

	private static org.raqib.server.system.Spreadsheet sheet(String csv) {
		return SpreadsheetFile.read("incidents.csv", csv.getBytes(StandardCharsets.UTF_8));
	}

}
