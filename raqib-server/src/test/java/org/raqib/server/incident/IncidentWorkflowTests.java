package org.raqib.server.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.raqib.server.ContextTest;
import org.raqib.server.agreement.AgreementCompliance;
import org.raqib.server.agreement.compliance.AsOf;
import org.raqib.server.agreement.compliance.Obligation;
import org.raqib.server.agreement.compliance.Status;
import org.raqib.server.record.LogReader;
import org.raqib.server.system.InvalidInput;
import org.raqib.server.system.Rejected;
import org.springframework.beans.factory.annotation.Autowired;

@ContextTest
class IncidentWorkflowTests {

	@Autowired
	IncidentFixtures fixtures;

	@Autowired
	Incidents incidents;

	@Autowired
	IncidentWorkflow workflow;

	@Autowired
	AgreementCompliance compliance;

	@Autowired
	LogReader reader;

	IncidentFixtures.Room room;

	long shelling;

	@BeforeEach
	void aReportInTheCorridor() throws Exception {
		this.room = this.fixtures.idlib();
		this.shelling = this.fixtures.reported(this.room, IncidentFixtures.m4Shelling());
	}

	@Test
	void aReportIsPlacedInTheZonesItLiesInAndByItsNearestPost() {
		Incident incident = this.incidents.find(this.room.mediator(), this.room.id(), this.shelling).orElseThrow();

		assertThat(incident.zones()).contains("m4-corridor");
		assertThat(incident.nearestPost()).startsWith("op-");
		assertThat(incident.status()).isEqualTo(IncidentStatus.REPORTED);
		assertThat(incident.day()).isEqualTo(LocalDate.parse("2020-03-07"));
	}

	@Test
	void nobodyVerifiesTheirOwnReport() {
		this.workflow.step(this.room.otherMonitor(), this.room.id(), this.shelling, IncidentStatus.UNDER_REVIEW, null);
		long size = size();

		assertThatThrownBy(() -> this.workflow.step(this.room.monitor(), this.room.id(), this.shelling,
				IncidentStatus.VERIFIED, null))
			.isInstanceOfSatisfying(InvalidInput.class,
					e -> assertThat(e.problems().get(0).code()).isEqualTo("incident.verify.own-report"));
		assertThat(size()).isEqualTo(size);
	}

	@Test
	void verifyingNeedsTheVerifyingGrant() {
		this.workflow.step(this.room.mediator(), this.room.id(), this.shelling, IncidentStatus.UNDER_REVIEW, null);

		assertThatThrownBy(() -> this.workflow.step(this.room.mediator(), this.room.id(), this.shelling,
				IncidentStatus.VERIFIED, null))
			.isInstanceOf(Rejected.class);
		assertThatThrownBy(() -> this.workflow.step(this.room.liaison(), this.room.id(), this.shelling,
				IncidentStatus.DISMISSED, null))
			.isInstanceOf(Rejected.class);
	}

	@Test
	void publishingNeedsThePublishingGrant() {
		verified();

		assertThatThrownBy(() -> this.workflow.step(this.room.otherMonitor(), this.room.id(), this.shelling,
				IncidentStatus.PUBLISHED, null))
			.isInstanceOf(Rejected.class);
		this.workflow.step(this.room.mediator(), this.room.id(), this.shelling, IncidentStatus.PUBLISHED, null);
		assertThat(status()).isEqualTo(IncidentStatus.PUBLISHED);
	}

	@Test
	void stepsOutOfOrderAreRefused() {
		long size = size();

		assertThatThrownBy(() -> this.workflow.step(this.room.mediator(), this.room.id(), this.shelling,
				IncidentStatus.PUBLISHED, null))
			.isInstanceOfSatisfying(InvalidInput.class,
					e -> assertThat(e.problems().get(0).code()).isEqualTo("incident.step.out-of-order"));
		assertThatThrownBy(() -> this.workflow.step(this.room.otherMonitor(), this.room.id(), this.shelling,
				IncidentStatus.VERIFIED, null))
			.isInstanceOf(InvalidInput.class);
		assertThat(size()).isEqualTo(size);
		assertThat(status()).isEqualTo(IncidentStatus.REPORTED);
	}

	@Test
	void aDismissedReportIsNeverPublished() {
		this.workflow.step(this.room.otherMonitor(), this.room.id(), this.shelling, IncidentStatus.UNDER_REVIEW, null);
		this.workflow.step(this.room.otherMonitor(), this.room.id(), this.shelling, IncidentStatus.DISMISSED, "Outgoing fire of a drill.");

		assertThatThrownBy(() -> this.workflow.step(this.room.mediator(), this.room.id(), this.shelling,
				IncidentStatus.PUBLISHED, null))
			.isInstanceOf(InvalidInput.class);
		assertThat(this.incidents.history(this.room.id(), this.shelling)).extracting(IncidentStep::step)
			.containsExactly("under-review", "dismissed");
	}

	@Test
	void theCessationAndTheCorridorAreSuggested() {
		assertThat(this.workflow.suggestions(this.room.id(), this.shelling)).extracting(Obligation::id)
			.contains("ceasefire-government", "m4-corridor-quiet")
			.doesNotContain("ceasefire-opposition");
	}

	@Test
	void aConfirmedBreachFeedsTheComplianceEngine() {
		verified();

		this.workflow.confirmBreach(this.room.mediator(), this.room.id(), this.shelling, "ceasefire-government", null);

		var report = this.compliance.report(this.room.id(), AsOf.latest(java.time.Instant.now()));
		var cessation = report.obligations().stream().filter(j -> j.terms().id().equals("ceasefire-government"))
			.findFirst().orElseThrow();
		assertThat(cessation.assessment().status()).isEqualTo(Status.BREACHED);
	}

	@Test
	void aBreachOfAnUnverifiedReportIsRefused() {
		assertThatThrownBy(() -> this.workflow.confirmBreach(this.room.mediator(), this.room.id(), this.shelling,
				"ceasefire-government", null))
			.isInstanceOfSatisfying(InvalidInput.class,
					e -> assertThat(e.problems().get(0).code()).isEqualTo("incident.breach.not-verified"));
		assertThatThrownBy(() -> this.workflow.confirmBreach(this.room.mediator(), this.room.id(), this.shelling,
				"no-such-obligation", null))
			.isInstanceOf(InvalidInput.class);
	}

	@Test
	void aDuplicateIsMergedAndCountedOnce() {
		long copy = this.fixtures.reported(this.room, IncidentFixtures.m4Shelling());

		this.workflow.merge(this.room.otherMonitor(), this.room.id(), copy, this.shelling, "Same shelling.");

		var all = IncidentFilter.period(LocalDate.parse("2020-03-01"), LocalDate.parse("2020-03-31"), Set.of());
		assertThat(this.incidents.list(this.room.mediator(), this.room.id(), all)).extracting(Incident::index)
			.containsExactly(this.shelling);
		assertThat(this.incidents.duplicatesOf(this.room.id(), this.shelling)).extracting(Incident::index)
			.containsExactly(copy);
		assertThatThrownBy(() -> this.workflow.step(this.room.otherMonitor(), this.room.id(), copy,
				IncidentStatus.UNDER_REVIEW, null))
			.isInstanceOfSatisfying(InvalidInput.class,
					e -> assertThat(e.problems().get(0).code()).isEqualTo("incident.step.on-duplicate"));
	}

	@Test
	void aViewerSeesOnlyPublishedIncidents() {
		long other = this.fixtures.reported(this.room, IncidentFixtures.m4Shelling());
		verified();
		this.workflow.step(this.room.mediator(), this.room.id(), this.shelling, IncidentStatus.PUBLISHED, null);
		var all = IncidentFilter.period(LocalDate.parse("2020-03-01"), LocalDate.parse("2020-03-31"), Set.of());

		assertThat(this.incidents.list(this.room.viewer(), this.room.id(), all)).extracting(Incident::index)
			.containsExactly(this.shelling);
		assertThat(this.incidents.list(this.room.viewer(), this.room.id(), all))
			.allMatch(i -> i.reportedBy().isEmpty() && i.verifiedBy() == null);
		assertThat(this.incidents.find(this.room.viewer(), this.room.id(), other)).isEmpty();
		assertThat(this.reader.payload(this.room.id(), other, this.room.viewer())).isEmpty();
		assertThat(this.reader.payload(this.room.id(), this.shelling, this.room.viewer())).isPresent();
	}

	@Test
	void countsPerDayZoneAndType() {
		this.fixtures.reported(this.room, IncidentFixtures.report(36.75, 35.855, "2020-03-08T04:00:00Z",
				IncidentType.SHELLING, null));

		assertThat(this.incidents.countPerDay(this.room.id(), LocalDate.parse("2020-03-07"),
				LocalDate.parse("2020-03-08"), false))
			.contains(new DayCount(LocalDate.parse("2020-03-07"), "m4-corridor", IncidentType.CEASEFIRE_VIOLATION, 1),
					new DayCount(LocalDate.parse("2020-03-08"), "m4-corridor", IncidentType.SHELLING, 1));
		assertThat(this.incidents.countPerDay(this.room.id(), LocalDate.parse("2020-03-07"),
				LocalDate.parse("2020-03-08"), true)).isEmpty();
	}

	private void verified() {
		this.workflow.step(this.room.otherMonitor(), this.room.id(), this.shelling, IncidentStatus.UNDER_REVIEW, null);
		this.workflow.step(this.room.otherMonitor(), this.room.id(), this.shelling, IncidentStatus.VERIFIED, null);
	}

	private IncidentStatus status() {
		return this.incidents.find(this.room.mediator(), this.room.id(), this.shelling).orElseThrow().status();
	}

	private long size() {
		return this.reader.summary(this.room.id()).size();
	}

}
