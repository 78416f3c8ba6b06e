package org.raqib.server.agreement.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The views: as the room knew things when an entry was recorded, and as of when things happened. */
class AsOfTests {

	@Test
	void aCorrectionChangesTheStatusOnlyFromItsIndexOn() {
		Room room = Room.gaza();
		var fiveDays = new Obligation.Quota("aid-600", "phase-1/aid", "side-a",
				room.window("2025-01-20T00:00", "2025-01-25T00:00"), Room.select("aid.trucks"), 600,
				Obligation.Period.DAY, "trucks");
		long[] counts = { 915, 897, 808, 653, 339 };
		for (int day = 0; day < counts.length; day++) {
			room.record("2025-01-%dT12:00".formatted(20 + day), "aid.trucks", "side-a", counts[day]);
		}
		long misread = room.lastIndex();
		long correction = room.correct(misread, "2025-01-24T12:00", "aid.trucks", "side-a", 639);
		Assessment before = room.recorded(fiveDays, misread, "2025-01-26T10:00");
		assertThat(before.status()).isEqualTo(Status.BREACHED);
		assertThat(before.evidence()).containsExactly(misread);
		assertThat(room.recorded(fiveDays, correction, "2025-01-26T10:00").status()).isEqualTo(Status.FULFILLED);
		assertThat(room.latest(fiveDays, "2025-01-26T10:00").status()).isEqualTo(Status.FULFILLED);
	}

	@Test
	void aRetractedViolationStopsCountingFromTheRetractionOn() {
		Room room = Room.idlib();
		var cessation = new Obligation.Cessation("cease-side-b", "moscow/1", "side-b",
				room.window("2020-03-06T00:01", null), Room.select("incident.reported", "type=ceasefire-violation"));
		long violation = room.record("2020-03-07T04:00", "incident.reported", "side-b", 1, "type=ceasefire-violation");
		long retraction = room.retract(violation);
		assertThat(room.recorded(cessation, violation, "2020-03-07T05:00").status()).isEqualTo(Status.BREACHED);
		assertThat(room.recorded(cessation, retraction, "2020-03-08T05:00").status()).isEqualTo(Status.ON_TRACK);
		assertThat(room.latest(cessation, "2020-03-08T05:00").status()).isEqualTo(Status.ON_TRACK);
		assertThat(room.event(cessation, "2020-03-07T05:00").status()).isEqualTo(Status.ON_TRACK);
	}

	@Test
	void aLateRecordedFactCountsFromWhenItOccurredAsOfEventTimeButNotBeforeItWasRecorded() {
		Room room = Room.idlib();
		var cessation = new Obligation.Cessation("cease-side-b", "moscow/1", "side-b",
				room.window("2020-03-06T00:01", null), Room.select("incident.reported", "type=ceasefire-violation"));
		long earlier = room.record("2020-03-08T09:00", "incident.reported", "side-a", 1, "type=shelling");
		long late = room.recordLate("2020-03-07T10:00", "2020-03-09T12:00", "incident.reported", "side-b", 1,
				"type=ceasefire-violation");
		assertThat(room.event(cessation, "2020-03-07T09:00").status()).isEqualTo(Status.ON_TRACK);
		Assessment afterItHappened = room.event(cessation, "2020-03-07T11:00");
		assertThat(afterItHappened.status()).isEqualTo(Status.BREACHED);
		assertThat(afterItHappened.evidence()).containsExactly(late);
		assertThat(room.recorded(cessation, earlier, "2020-03-08T09:00").status()).isEqualTo(Status.ON_TRACK);
		assertThat(room.recorded(cessation, late, "2020-03-09T12:00").status()).isEqualTo(Status.BREACHED);
	}

	@Test
	void anEventTimeViewJudgesAtThatTime() {
		Room room = Room.gaza();
		var heldPersons = new Obligation.Total("held-33", "phase-1/exchange", "side-b",
				room.window("2025-01-19T08:30", "2025-03-02T08:30"), Room.select("exchange.released", "party=side-b"), 33,
				"persons");
		String[] days = { "2025-01-19", "2025-01-25", "2025-01-30", "2025-02-01", "2025-02-08", "2025-02-15",
				"2025-02-20", "2025-02-22", "2025-02-27" };
		long[] persons = { 3, 4, 3, 3, 3, 3, 4, 6, 4 };
		for (int round = 0; round < days.length; round++) {
			room.record(days[round] + "T10:00", "exchange.released", "side-b", persons[round]);
		}
		Assessment midFebruary = room.event(heldPersons, "2025-02-16T12:00");
		assertThat(midFebruary.status()).isEqualTo(Status.AT_RISK);
		assertThat(midFebruary.reasonArgs()).containsExactly(19L, 33L, "persons", 22L);
		assertThat(room.latest(heldPersons, "2025-02-27T12:00").status()).isEqualTo(Status.FULFILLED);
	}

}
