package org.raqib.server.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.raqib.server.ContextTest;
import org.raqib.server.agreement.AgreementCompliance;
import org.raqib.server.agreement.compliance.Assessment;
import org.raqib.server.agreement.compliance.Status;
import org.raqib.server.record.Appending;
import org.raqib.server.record.LogReader;
import org.raqib.server.system.InvalidInput;
import org.raqib.server.system.Rejected;
import org.springframework.beans.factory.annotation.Autowired;

@ContextTest
class MovementTests {

	@Autowired
	MovementFixtures fixtures;

	@Autowired
	CrossingMovements movements;

	@Autowired
	MovementViews views;

	@Autowired
	AgreementCompliance compliance;

	@Autowired
	LogReader reader;

	@Autowired
	Appending appending;

	MovementFixtures.Room room;

	@BeforeEach
	void aRoom() throws Exception {
		this.room = this.fixtures.room();
	}

	@Test
	void thePatientsQuotaIsMetOnADayWithFiftyAndMissedOnADayWithFewer() {
		this.fixtures.rafah(this.room, MovementCategory.PATIENT, 30, "2025-02-01T10:00:00Z");
		this.fixtures.rafah(this.room, MovementCategory.PATIENT, 20, "2025-02-01T12:00:00Z");
		this.fixtures.rafah(this.room, MovementCategory.PATIENT, 37, "2025-02-02T12:00:00Z");

		Assessment quota = assessment("rafah-patients");
		assertThat(figure(quota, "2025-02-01")).isEqualTo(50);
		assertThat(figure(quota, "2025-02-02")).isEqualTo(37);
		assertThat(quota.status()).isEqualTo(Status.BREACHED);
		assertThat(quota.reasonArgs().get(3)).isEqualTo("2025-02-02");
	}

	@Test
	void theReturnOnFootOn27JanuaryIsLateAgainstDay7() {
		long first = this.fixtures.route(this.room, "al-rashid-road", MovementCategory.RETURNEE, TravelMode.FOOT, 20_000,
				"2025-01-27T06:00:00Z");
		this.fixtures.route(this.room, "salah-al-din-road", MovementCategory.VEHICLE, null, 900, "2025-01-27T08:00:00Z");

		Assessment onFoot = assessment("return-on-foot");
		assertThat(onFoot.status()).isEqualTo(Status.BREACHED);
		assertThat(onFoot.reason()).endsWith("deadline.late");
		assertThat(onFoot.evidence()).containsExactly(first);
		assertThat(assessment("return-by-vehicle").reason()).endsWith("deadline.late");
	}

	@Test
	void aReturnBeforeDay7FulfilsTheDeadline() {
		this.fixtures.route(this.room, "al-rashid-road", MovementCategory.RETURNEE, TravelMode.FOOT, 1000,
				"2025-01-25T06:00:00Z");

		assertThat(assessment("return-on-foot").status()).isEqualTo(Status.FULFILLED);
	}

	@Test
	void anUnknownCrossingIsRefusedAndNothingIsAppended() {
		refused(() -> this.movements.record(this.room.mediator(), this.room.id(), request("atlantis", 5,
				"2025-02-01T09:00:00Z", "2025-02-01T10:00:00Z")), "movement.crossing.unknown");
	}

	@Test
	void aRouteThatIsNoCorridorIsRefused() {
		refused(() -> this.movements.record(this.room.mediator(), this.room.id(), new CrossingMovements.CountRequest(
				"egypt", Passage.route("rafah-crossing"), Direction.IN, MovementCategory.RETURNEE, 5, TravelMode.FOOT,
				Instant.parse("2025-01-27T05:00:00Z"), Instant.parse("2025-01-27T06:00:00Z"))), "movement.route.unknown");
	}

	@Test
	void anUnknownCategoryIsRefusedAndNothingIsAppended() {
		byte[] payload = """
				{"crossing":"rafah-crossing","direction":"out","category":"camel","count":5,
				"from":"2025-02-01T09:00:00Z","to":"2025-02-01T10:00:00Z"}""".getBytes(StandardCharsets.UTF_8);
		refused(() -> this.appending.append(this.room.id(), MovementKinds.COUNTED, "egypt", "test", payload, List.of()),
				"movement.category.unknown");
	}

	@Test
	void negativeAndAbsurdCountsAreRefused() {
		refused(() -> this.movements.record(this.room.mediator(), this.room.id(), request("rafah-crossing", -1,
				"2025-02-01T09:00:00Z", "2025-02-01T10:00:00Z")), "movement.count.range");
		refused(() -> this.movements.record(this.room.mediator(), this.room.id(), request("rafah-crossing", 1_000_001,
				"2025-02-01T09:00:00Z", "2025-02-01T10:00:00Z")), "movement.count.range");
	}

	@Test
	void aTimeInTheFutureIsRefused() {
		Instant soon = Instant.now().plusSeconds(3600);
		refused(() -> this.movements.record(this.room.mediator(), this.room.id(), request("rafah-crossing", 5,
				soon.minusSeconds(600).toString(), soon.toString())), "movement.time.future");
	}

	@Test
	void aWindowEndingBeforeItStartsIsRefused() {
		refused(() -> this.movements.record(this.room.mediator(), this.room.id(), request("rafah-crossing", 5,
				"2025-02-01T10:00:00Z", "2025-02-01T09:00:00Z")), "movement.window.ends-before-start");
	}

	@Test
	void aCountOverlappingAStandingCountIsRefused() {
		long first = this.fixtures.rafah(this.room, MovementCategory.PATIENT, 30, "2025-02-01T10:00:00Z");

		assertThatThrownBy(() -> this.fixtures.rafah(this.room, MovementCategory.PATIENT, 30, "2025-02-01T10:30:00Z"))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().get(0).arguments())
				.containsExactly(first));
	}

	@Test
	void aPartyNobodyRecordsForIsRefused() {
		assertThatThrownBy(() -> this.movements.record(this.room.eubam(), this.room.id(), new CrossingMovements.CountRequest(
				"israel", Passage.crossing("rafah-crossing"), Direction.OUT, MovementCategory.PATIENT, 5, null,
				Instant.parse("2025-02-01T09:00:00Z"), Instant.parse("2025-02-01T10:00:00Z"))))
			.isInstanceOfSatisfying(Rejected.class, e -> assertThat(e.rule()).isEqualTo("NOT_YOUR_PARTY"));
		assertThatThrownBy(() -> this.movements.record(this.room.viewer(), this.room.id(), request("rafah-crossing", 5,
				"2025-02-01T09:00:00Z", "2025-02-01T10:00:00Z"))).isInstanceOf(Rejected.class);
	}

	@Test
	void aCountSignedPastTheServiceIsKeptFlaggedAndUncounted() {
		byte[] payload = """
				{"crossing":"atlantis","direction":"out","category":"patient","count":50,
				"from":"2025-02-01T09:00:00Z","to":"2025-02-01T10:00:00Z"}""".getBytes(StandardCharsets.UTF_8);
		this.appending.append(this.room.id(), MovementKinds.COUNTED, "egypt", "test", payload, List.of());

		MovementBoard board = this.views.board(this.room.id(), LocalDate.parse("2025-02-01"), "en");
		CrossingMovement flagged = board.passages().get(0).rows().get(0).counts().get(0);
		assertThat(flagged.state()).isEqualTo("conflict");
		assertThat(flagged.conflict()).isEqualTo("movement.crossing.unknown");
		assertThat(board.passages().get(0).rows().get(0).room()).isZero();
	}

	@Test
	void escortsAreCheckedAgainstThreePerPatient() {
		this.fixtures.rafah(this.room, MovementCategory.PATIENT, 10, "2025-02-01T10:00:00Z");
		this.fixtures.rafah(this.room, MovementCategory.ESCORT, 30, "2025-02-01T10:00:00Z");
		this.fixtures.rafah(this.room, MovementCategory.PATIENT, 10, "2025-02-02T10:00:00Z");
		this.fixtures.rafah(this.room, MovementCategory.ESCORT, 31, "2025-02-02T10:00:00Z");

		EscortCheck met = this.views.board(this.room.id(), LocalDate.parse("2025-02-01"), "en").passages().get(0)
			.escorts().get(0);
		EscortCheck exceeded = this.views.board(this.room.id(), LocalDate.parse("2025-02-02"), "en").passages().get(0)
			.escorts().get(0);
		assertThat(met.met()).isTrue();
		assertThat(met.limit()).isEqualTo(30);
		assertThat(exceeded.met()).isFalse();
		assertThat(exceeded.escorts()).isEqualTo(31);
	}

	private CrossingMovements.CountRequest request(String crossing, long count, String from, String to) {
		return new CrossingMovements.CountRequest("egypt", Passage.crossing(crossing), Direction.OUT,
				MovementCategory.PATIENT, count, null, Instant.parse(from), Instant.parse(to));
	}

	private void refused(Runnable command, String code) {
		long size = this.reader.summary(this.room.id()).size();
		assertThatThrownBy(command::run).isInstanceOfSatisfying(InvalidInput.class,
				e -> assertThat(e.problems()).extracting(InvalidInput.FieldProblem::code).contains(code));
		assertThat(this.reader.summary(this.room.id()).size()).isEqualTo(size);
	}

	private Assessment assessment(String obligation) {
		return this.compliance.report(this.room.id(), this.compliance.view(this.room.id(), null, null))
			.obligations()
			.stream()
			.filter(j -> j.terms().id().equals(obligation))
			.findFirst()
			.orElseThrow()
			.assessment();
	}

	private static long figure(Assessment assessment, String day) {
		return assessment.figures().stream().filter(f -> LocalDate.parse(day).equals(f.day())).findFirst().orElseThrow()
			.value();
	}

}
