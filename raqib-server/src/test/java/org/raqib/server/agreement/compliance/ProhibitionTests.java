package org.raqib.server.agreement.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * Idlib: no heavy weapons in the demilitarized zone from 10 October 2018 (Sochi memorandum, point 6), and
 * military action ceased along the line of contact from 00:01 on 6 March 2020 (Moscow protocol, term 1).
 */
class ProhibitionTests {

	private final Room room = Room.idlib();

	private final Obligation.ZoneRestriction dmz = new Obligation.ZoneRestriction("dmz-heavy-weapons", "sochi/6",
			"side-a", this.room.window("2018-10-10T00:00", null),
			Room.select("incident.reported", "type=heavy-weapons-in-zone"), "idlib-dmz");

	private final Window moscow = this.room.window("2020-03-06T00:01", "2020-03-15T00:00");

	private Obligation.Cessation cessation(String party) {
		return new Obligation.Cessation("cease-" + party, "moscow/1", party, this.moscow,
				Room.select("incident.reported", "type=ceasefire-violation"));
	}

	@Test
	void heavyWeaponsInTheZoneBreachIt() {
		this.room.record("2018-10-08T09:00", "incident.reported", "side-a", 1, "type=heavy-weapons-in-zone",
				"zone=idlib-dmz");
		this.room.record("2018-10-12T09:00", "incident.reported", "side-a", 1, "type=heavy-weapons-in-zone",
				"zone=hama");
		assertThat(this.room.latest(this.dmz, "2018-10-13T00:00").status()).isEqualTo(Status.ON_TRACK);
		long inside = this.room.record("2018-10-12T10:00", "incident.reported", "side-a", 1,
				"type=heavy-weapons-in-zone", "zone=idlib-dmz,m5");
		Assessment assessment = this.room.latest(this.dmz, "2018-10-13T00:00");
		assertThat(assessment.status()).isEqualTo(Status.BREACHED);
		assertThat(assessment.evidence()).containsExactly(inside);
		assertThat(assessment.reason()).isEqualTo("compliance.reason.zone.entered");
		assertThat(assessment.reasonArgs()).containsExactly(1L, "idlib-dmz", "2018-10-12 10:00");
		assertThat(assessment.figures())
			.containsExactly(new Assessment.Figure("day", LocalDate.parse("2018-10-12"), 1, 0));
	}

	@Test
	void aZoneKeptClearUntilTheWindowEndsIsFulfilled() {
		var untilTheYearsEnd = new Obligation.ZoneRestriction("dmz-heavy-weapons", "sochi/6", "side-a",
				this.room.window("2018-10-10T00:00", "2019-01-01T00:00"), this.dmz.prohibited(), "idlib-dmz");
		this.room.record("2019-01-02T09:00", "incident.reported", "side-a", 1, "type=heavy-weapons-in-zone",
				"zone=idlib-dmz");
		assertThat(this.room.latest(untilTheYearsEnd, "2018-12-31T23:00").status()).isEqualTo(Status.ON_TRACK);
		Assessment assessment = this.room.latest(untilTheYearsEnd, "2019-01-03T00:00");
		assertThat(assessment.status()).isEqualTo(Status.FULFILLED);
		assertThat(assessment.reason()).isEqualTo("compliance.reason.zone.clear");
		assertThat(assessment.reasonArgs()).containsExactly("idlib-dmz");
	}

	@Test
	void aViolationBreachesOnlyTheCessationOfThePartyItIsAttributedTo() {
		long violation = this.room.record("2020-03-07T04:00", "incident.reported", "side-b", 1,
				"type=ceasefire-violation", "zone=m4");
		Assessment sideA = this.room.latest(cessation("side-a"), "2020-03-08T00:00");
		Assessment sideB = this.room.latest(cessation("side-b"), "2020-03-08T00:00");
		assertThat(sideA.status()).isEqualTo(Status.ON_TRACK);
		assertThat(sideA.reasonArgs()).containsExactly("side-a");
		assertThat(sideB.status()).isEqualTo(Status.BREACHED);
		assertThat(sideB.evidence()).containsExactly(violation);
		assertThat(sideB.reasonArgs()).containsExactly(1L, "side-b", "2020-03-07 04:00");
	}

	@Test
	void theCessationBindsFromOneMinutePastMidnight() {
		this.room.record("2020-03-06T00:00", "incident.reported", "side-b", 1, "type=ceasefire-violation");
		assertThat(this.room.latest(cessation("side-b"), "2020-03-06T08:00").status()).isEqualTo(Status.ON_TRACK);
		this.room.record("2020-03-06T00:01", "incident.reported", "side-b", 1, "type=ceasefire-violation");
		assertThat(this.room.latest(cessation("side-b"), "2020-03-06T08:00").status()).isEqualTo(Status.BREACHED);
	}

	@Test
	void aWindowEndedWithoutViolationIsFulfilled() {
		Assessment assessment = this.room.latest(cessation("side-a"), "2020-03-15T00:00");
		assertThat(assessment.status()).isEqualTo(Status.FULFILLED);
		assertThat(assessment.reason()).isEqualTo("compliance.reason.cessation.kept");
		assertThat(this.room.latest(cessation("side-a"), "2020-03-06T00:00").status()).isEqualTo(Status.PENDING);
	}

}
