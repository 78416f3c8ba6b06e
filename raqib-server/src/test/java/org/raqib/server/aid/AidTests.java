package org.raqib.server.aid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.raqib.server.ContextTest;
import org.raqib.server.agreement.AgreementCompliance;
import org.raqib.server.agreement.compliance.Assessment;
import org.raqib.server.agreement.compliance.AsOf;
import org.raqib.server.record.LogReader;
import org.raqib.server.system.InvalidInput;
import org.raqib.server.system.Rejected;
import org.springframework.beans.factory.annotation.Autowired;

@ContextTest
class AidTests {

	@Autowired
	AidFixtures fixtures;

	@Autowired
	Consignments consignments;

	@Autowired
	AgreementCompliance compliance;

	@Autowired
	LogReader reader;

	AidFixtures.Room room;

	@BeforeEach
	void aRoom() throws Exception {
		this.room = this.fixtures.room();
	}

	@Test
	void aConsignmentMovesThroughItsStagesEachStepSigned() {
		this.fixtures.walk(this.room, AidFixtures.consignment("WFP-1", "kerem-shalom", "north", 12, "food",
				"2025-01-19T10:00:00Z"), List.of(Stage.ARRIVED, Stage.INSPECTED, Stage.CLEARED,
						Stage.CROSSED, Stage.OFFLOADED, Stage.COLLECTED, Stage.DELIVERED), "2025-01-19T12:00:00Z");

		Consignment consignment = this.consignments.get(this.room.id(), "WFP-1");
		assertThat(consignment.stage()).isEqualTo(Stage.DELIVERED);
		assertThat(consignment.party()).isEqualTo("wfp");
		assertThat(consignment.leftAt()).isNotNull();
		assertThat(this.consignments.steps(this.room.id(), "WFP-1")).extracting(ConsignmentStep::stage)
			.containsExactly(Stage.REGISTERED, Stage.ARRIVED, Stage.INSPECTED, Stage.CLEARED, Stage.CROSSED,
					Stage.OFFLOADED, Stage.COLLECTED, Stage.DELIVERED);
		assertThat(this.consignments.steps(this.room.id(), "WFP-1").get(1).party()).isEqualTo("eubam-rafah");
	}

	@Test
	void aStepOutOfOrderIsRefusedAndNothingIsAppended() {
		register("WFP-2", "2025-01-19T08:00:00Z");

		refused(() -> this.fixtures.step(this.room, "WFP-2", Stage.CROSSED, at("2025-01-19T09:00:00Z"), null),
				"aid.rule.out-of-order");
		assertThat(this.consignments.get(this.room.id(), "WFP-2").stage()).isEqualTo(Stage.REGISTERED);
	}

	@Test
	void aStepBeforeThePreviousOneIsRefused() {
		register("WFP-3", "2025-01-19T08:00:00Z");

		refused(() -> this.fixtures.step(this.room, "WFP-3", Stage.ARRIVED, at("2025-01-19T07:59:00Z"), null),
				"aid.rule.before-previous");
	}

	@Test
	void aTimeInTheFutureIsRefused() {
		register("WFP-4", "2025-01-19T08:00:00Z");

		refused(() -> this.fixtures.step(this.room, "WFP-4", Stage.ARRIVED, Instant.now().plusSeconds(3600), null),
				"aid.rule.in-future");
		refused(() -> register("WFP-5", Instant.now().plusSeconds(3600).toString()), "aid.rule.in-future");
	}

	@Test
	void aDuplicateReferenceIsRefused() {
		register("WFP-6", "2025-01-19T08:00:00Z");

		refused(() -> register("WFP-6", "2025-01-19T09:00:00Z"), "aid.rule.duplicate-reference");
	}

	@Test
	void anUnknownCrossingCategoryOrUnitIsRefused() {
		refused(() -> this.consignments.register(this.room.agency(), this.room.id(), "wfp",
				AidFixtures.consignment("WFP-7", "allenby", "north", 10, "food", "2025-01-19T08:00:00Z")),
				"aid.rule.crossing-unknown");
		refused(() -> this.consignments.register(this.room.agency(), this.room.id(), "wfp",
				AidFixtures.consignment("WFP-7", "zikim", "north", 10, "weapons", "2025-01-19T08:00:00Z")),
				"aid.cargo.unknown");
		refused(() -> this.consignments.register(this.room.agency(), this.room.id(), "wfp", new Consignments.NewConsignment(
				"WFP-7", "WFP", null, "zikim", "north", 10, List.of(new Consignment.Line("food", 10, "crates")),
				at("2025-01-19T08:00:00Z"))), "aid.unit.unknown");
	}

	@Test
	void negativeOrAbsurdQuantitiesAreRefused() {
		refused(() -> register("WFP-8", "zikim", 101, List.of(new Consignment.Line("food", 10, "tonnes"))),
				"record.payload.out-of-range");
		refused(() -> register("WFP-8", "zikim", 10, List.of(new Consignment.Line("food", -1, "tonnes"))),
				"record.payload.out-of-range");
		refused(() -> register("WFP-8", "zikim", 10, List.of(new Consignment.Line("fuel", 100_001, "litres"))),
				"record.payload.out-of-range");
	}

	@Test
	void aRejectionNeedsItsReasonAndEndsTheWait() {
		this.fixtures.walk(this.room, AidFixtures.consignment("WFP-9", "kerem-shalom", "south", 3, "shelter",
				"2025-01-20T10:00:00Z"), List.of(Stage.ARRIVED, Stage.INSPECTED), "2025-01-20T10:00:00Z");

		refused(() -> this.fixtures.step(this.room, "WFP-9", Stage.REJECTED, at("2025-01-20T11:00:00Z"), null),
				"aid.reason.required");
		this.fixtures.step(this.room, "WFP-9", Stage.REJECTED, at("2025-01-20T11:00:00Z"), "dual-use-item");
		Consignment rejected = this.consignments.get(this.room.id(), "WFP-9");
		assertThat(rejected.stage()).isEqualTo(Stage.REJECTED);
		assertThat(rejected.waitingAt(at("2025-01-20T12:00:00Z"))).isNull();
		assertThat(this.consignments.steps(this.room.id(), "WFP-9").get(3).reason()).isEqualTo("dual-use-item");
	}

	@Test
	void onlyThoseWhoRecordForTheParty() {
		var consignment = AidFixtures.consignment("WFP-10", "zikim", "north", 5, "food", "2025-01-19T08:00:00Z");
		assertThatThrownBy(() -> this.consignments.register(this.room.monitor(), this.room.id(), "israel", consignment))
			.isInstanceOfSatisfying(Rejected.class, e -> assertThat(e.rule()).isEqualTo("NOT_YOUR_PARTY"));
		assertThatThrownBy(() -> this.consignments.register(this.room.viewer(), this.room.id(), "wfp", consignment))
			.isInstanceOf(Rejected.class);
		this.consignments.register(this.room.mediator(), this.room.id(), "israel", consignment);
		assertThat(this.consignments.get(this.room.id(), "WFP-10").party()).isEqualTo("israel");
	}

	@Test
	void theDailyQuotasAreMetAndMissedOnTheRightDays() {
		for (int i = 0; i < 6; i++) {
			cross("D1-" + i, i < 3 ? "north" : "south", 100, i == 0 ? "fuel" : "food", "2025-01-19T12:00:00Z");
		}
		for (int i = 0; i < 5; i++) {
			cross("D2-" + i, "north", i == 4 ? 99 : 100, "food", "2025-01-20T12:00:00Z");
		}
		// 23:30 UTC on the 20th is 01:30 on the 21st in Gaza: the engine cuts days in the agreement's zone.
		cross("D3-0", "south", 100, "food", "2025-01-20T23:30:00Z");
		this.fixtures.step(this.room, "D2-0", Stage.OFFLOADED, at("2025-01-20T13:00:00Z"), null);
		this.fixtures.step(this.room, "D2-0", Stage.COLLECTED, at("2025-01-20T14:00:00Z"), null);

		assertThat(day("aid-trucks", "2025-01-19")).extracting(Assessment.Figure::value, Assessment.Figure::target)
			.containsExactly(600L, 600L);
		assertThat(day("aid-trucks", "2025-01-20").value()).isEqualTo(499);
		assertThat(day("aid-trucks", "2025-01-21").value()).isEqualTo(100);
		assertThat(day("fuel-trucks", "2025-01-19").value()).isEqualTo(100);
		assertThat(day("fuel-trucks", "2025-01-20").value()).isZero();
		assertThat(day("trucks-north", "2025-01-19").value()).isEqualTo(300);
		assertThat(day("trucks-north", "2025-01-20").value()).isEqualTo(499);
	}

	private Assessment.Figure day(String obligation, String day) {
		var report = this.compliance.report(this.room.id(), AsOf.latest(Instant.now()));
		Assessment assessment = report.obligations().stream().filter(j -> j.terms().id().equals(obligation)).findFirst()
			.orElseThrow().assessment();
		return assessment.figures().stream().filter(f -> LocalDate.parse(day).equals(f.day())).findFirst()
			.orElse(new Assessment.Figure(day, LocalDate.parse(day), 0, 0));
	}

	private void cross(String reference, String destination, int trucks, String cargo, String crossedAt) {
		this.fixtures.walk(this.room, AidFixtures.consignment(reference, "kerem-shalom", destination, trucks, cargo,
				crossedAt), AidFixtures.TO_CROSSED, crossedAt);
	}

	private void register(String reference, String at) {
		this.consignments.register(this.room.agency(), this.room.id(), "wfp",
				AidFixtures.consignment(reference, "kerem-shalom", "north", 10, "food", at));
	}

	private void register(String reference, String crossing, int trucks, List<Consignment.Line> cargo) {
		this.consignments.register(this.room.agency(), this.room.id(), "wfp", new Consignments.NewConsignment(reference,
				"WFP", null, crossing, "north", trucks, cargo, at("2025-01-19T08:00:00Z")));
	}

	/** The named error, and the log as it was. */
	private void refused(ThrowingCallable call, String code) {
		long size = this.reader.summary(this.room.id()).size();
		assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInput.class,
				e -> assertThat(e.problems().get(0).code()).isEqualTo(code));
		assertThat(this.reader.summary(this.room.id()).size()).isEqualTo(size);
	}

	private static Instant at(String text) {
		return Instant.parse(text);
	}

}
