package org.raqib.server.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.raqib.server.ContextTest;
import org.raqib.server.agreement.AgreementCompliance;
import org.raqib.server.agreement.compliance.AsOf;
import org.raqib.server.agreement.compliance.Status;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo's incidents, recorded into copies of the two agreements. */
@ContextTest
class DemoIncidentsTests {

	@Autowired
	DemoIncidents demo;

	@Autowired
	IncidentFixtures fixtures;

	@Autowired
	Incidents incidents;

	@Autowired
	AgreementCompliance compliance;

	@Test
	void theM4ShellingBreachesTheGovernmentsCessation() throws Exception {
		IncidentFixtures.Room idlib = this.fixtures.idlib();

		this.demo.idlib(idlib.id());

		var all = this.incidents.list(idlib.mediator(), idlib.id(),
				IncidentFilter.period(FilterParams.EARLIEST, FilterParams.LATEST, Set.of()));
		assertThat(all).allMatch(Incident::demo).hasSize(3);
		Incident m4 = all.stream().filter(i -> i.type() == IncidentType.CEASEFIRE_VIOLATION).findFirst().orElseThrow();
		assertThat(m4.zones()).contains("m4-corridor");
		assertThat(m4.day()).isEqualTo(LocalDate.parse("2020-03-07"));
		assertThat(m4.status()).isEqualTo(IncidentStatus.PUBLISHED);
		var report = this.compliance.report(idlib.id(), AsOf.latest(Instant.now()));
		assertThat(report.obligations()).filteredOn(j -> j.terms().id().equals("ceasefire-government"))
			.allMatch(j -> j.assessment().status() == Status.BREACHED);
	}

	@Test
	void gazaHasADismissedReportAndAMergedDuplicate() throws Exception {
		IncidentFixtures.Room gaza = this.fixtures.gaza();

		this.demo.gaza(gaza.id());

		var all = this.incidents.list(gaza.mediator(), gaza.id(),
				IncidentFilter.period(FilterParams.EARLIEST, FilterParams.LATEST, Set.of()));
		assertThat(all).extracting(Incident::status).contains(IncidentStatus.DISMISSED, IncidentStatus.PUBLISHED);
		assertThat(all).hasSize(3);
		long merged = all.stream().mapToLong(i -> this.incidents.duplicatesOf(gaza.id(), i.index()).size()).sum();
		assertThat(merged).isEqualTo(1);
	}

}
