package org.raqib.server.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.raqib.server.ContextTest;
import org.raqib.server.record.LogReader;
import org.raqib.server.record.Rebuild;
import org.raqib.server.system.InvalidInput;
import org.springframework.beans.factory.annotation.Autowired;

/** Each kind of bad input is refused with its own named error, and nothing is recorded. */
@ContextTest
class IncidentBadInputTests {

	@Autowired
	IncidentFixtures fixtures;

	@Autowired
	Incidents incidents;

	@Autowired
	IncidentWorkflow workflow;

	@Autowired
	LogReader reader;

	@Autowired
	Rebuild rebuild;

	IncidentFixtures.Room room;

	long size;

	@BeforeEach
	void idlib() throws Exception {
		this.room = this.fixtures.idlib();
		this.size = this.reader.summary(this.room.id()).size();
	}

	@Test
	void coordinatesOffTheGlobe() {
		refused(IncidentFixtures.report(200, 35.8, "2020-03-07T04:00:00Z", IncidentType.SHELLING, null), "lon",
				"incident.place.range");
	}

	@Test
	void coordinatesOutsideTheAgreementsArea() {
		refused(IncidentFixtures.report(34.45, 31.5, "2020-03-07T04:00:00Z", IncidentType.SHELLING, null), "lon",
				"incident.place.outside");
	}

	@Test
	void latitudeAndLongitudeSwapped() {
		refused(IncidentFixtures.report(35.855, 36.75, "2020-03-07T04:00:00Z", IncidentType.SHELLING, null), "lon",
				"incident.place.swapped");
	}

	@Test
	void aWindowEndingBeforeItStarts() {
		IncidentReport r = IncidentFixtures.m4Shelling();
		refused(new IncidentReport(r.from(), r.from().minusSeconds(60), 1, r.lon(), r.lat(), 1, r.location(), r.type(),
				r.responsible(), r.actors(), r.observation(), r.casualties(), r.sources(), r.narrative(), List.of(),
				false), "to", "incident.window.backwards");
	}

	@Test
	void aTimeInTheFuture() {
		refused(IncidentFixtures.report(36.75, 35.855, Instant.now().plusSeconds(86_400).toString(),
				IncidentType.SHELLING, null), "from", "incident.window.future");
	}

	@Test
	void anUnknownParty() {
		refused(IncidentFixtures.report(36.75, 35.855, "2020-03-07T04:00:00Z", IncidentType.SHELLING, "hamas"),
				"responsible", "incident.party.unknown");
	}

	@Test
	void anAttachmentOverTheLimit() {
		byte[] big = new byte[(int) Attachments.MAX_BYTES + 1];
		big[0] = (byte) 0xFF;
		big[1] = (byte) 0xD8;
		big[2] = (byte) 0xFF;
		assertThatThrownBy(() -> Attachments.check("attachments", "big.jpg", big))
			.isInstanceOfSatisfying(InvalidInput.class,
					e -> assertThat(e.problems().get(0).code()).isEqualTo("incident.attachment.too-large"));
	}

	@Test
	void anAttachmentOfATypeNotAllowed() {
		assertThatThrownBy(() -> Attachments.check("attachments", "run.exe", new byte[] { 'M', 'Z', 0, 0 }))
			.isInstanceOfSatisfying(InvalidInput.class,
					e -> assertThat(e.problems().get(0).code()).isEqualTo("incident.attachment.type"));
	}

	@Test
	void anAttachmentIsKeptUnderItsHash() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10 };
		IncidentReport.Attachment a = Attachments.check("attachments", "photo.png", png);

		assertThat(a.mediaType()).isEqualTo("image/png");
		assertThat(a.sha256()).isEqualTo(Attachments.sha256(png)).hasSize(64);
	}

	@Test
	void anUnknownStepOrObligation() {
		long index = this.fixtures.reported(this.room, IncidentFixtures.m4Shelling());
		long size = this.reader.summary(this.room.id()).size();

		assertThatThrownBy(() -> this.workflow.confirmBreach(this.room.mediator(), this.room.id(), index, "nothing", null))
			.isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> IncidentPayloads.Step.read("{\"to\":\"approved\"}".getBytes()))
			.isInstanceOf(InvalidInput.class);
		assertThat(this.reader.summary(this.room.id()).size()).isEqualTo(size);
	}

	@Test
	void replayingTheLogRebuildsTheSameIncidents() {
		long index = this.fixtures.reported(this.room, IncidentFixtures.m4Shelling());
		this.workflow.step(this.room.otherMonitor(), this.room.id(), index, IncidentStatus.UNDER_REVIEW, null);
		this.workflow.step(this.room.otherMonitor(), this.room.id(), index, IncidentStatus.VERIFIED, null);
		this.workflow.confirmBreach(this.room.mediator(), this.room.id(), index, "ceasefire-government", null);

		assertThat(this.rebuild.rebuild(this.room.id(), false).matches()).isTrue();
	}

	private void refused(IncidentReport report, String field, String code) {
		assertThatThrownBy(() -> this.incidents.report(this.room.monitor(), this.room.id(), "turkiye", report))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
				.extracting(p -> p.field() + " " + p.code()).contains(field + " " + code));
		assertThat(this.reader.summary(this.room.id()).size()).isEqualTo(this.size);
	}

}
