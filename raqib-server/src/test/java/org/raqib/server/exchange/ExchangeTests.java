package org.raqib.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.raqib.server.ContextTest;
import org.raqib.server.agreement.AgreementCompliance;
import org.raqib.server.person.LegalBasis;
import org.raqib.server.person.PersonData;
import org.raqib.server.person.PersonRef;
import org.raqib.server.record.Appending;
import org.raqib.server.record.LogReader;
import org.raqib.server.system.InvalidInput;
import org.raqib.server.system.Rejected;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@ContextTest
class ExchangeTests {

	@Autowired
	ExchangeFixtures fixtures;

	@Autowired
	ReleaseRounds rounds;

	@Autowired
	ExchangeLists lists;

	@Autowired
	PersonPaths paths;

	@Autowired
	ExchangeViews views;

	@Autowired
	AgreementCompliance compliance;

	@Autowired
	LogReader reader;

	@Autowired
	Appending appending;

	@Autowired
	JdbcClient jdbc;

	ExchangeFixtures.Room room;

	@BeforeEach
	void aRoundPlanned() throws Exception {
		this.room = this.fixtures.room();
		this.fixtures.planRound(this.room, 1, "2025-01-19T14:00:00Z");
	}

	@Test
	void releasesAreCountedAgainstTheAgreedRatioPerRound() {
		var hostages = this.fixtures.submit(this.room, this.room.hamas(), "hamas", 1, 2, null, Category.CIVILIAN);
		var prisoners = this.fixtures.submit(this.room, this.room.israel(), "israel", 1, 60, Category.CIVILIAN,
				Category.PRISONER);
		this.fixtures.walk(this.room, 1, this.room.hamas(), "hamas", this.room.israel(), "israel", hostages,
				"2025-01-19T15:00:00Z");
		this.fixtures.walk(this.room, 1, this.room.israel(), "israel", this.room.hamas(), "hamas", prisoners,
				"2025-01-19T23:00:00Z");

		RoundView view = this.views.round(this.room.id(), 1);
		assertThat(view.ratios()).extracting(RoundView.RatioRow::obligation, RoundView.RatioRow::expected,
				RoundView.RatioRow::actual)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("ratio-civilians", 60L, 60L));
		assertThat(view.parties()).extracting(RoundView.PartyProgress::party, RoundView.PartyProgress::received)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("hamas", 2), org.assertj.core.groups.Tuple.tuple("israel", 60));
		assertThat(this.lists.members(this.room.id(), "round-1-israel")).allMatch(m -> m.status() == PathStep.RECEIVED);
	}

	@Test
	void aShortReleaseShowsWhatIsStillOwedAndBreachesTheRatio() {
		var hostages = this.fixtures.submit(this.room, this.room.hamas(), "hamas", 1, 2, null, Category.CIVILIAN);
		var prisoners = this.fixtures.submit(this.room, this.room.israel(), "israel", 1, 50, Category.CIVILIAN,
				Category.PRISONER);
		this.fixtures.walk(this.room, 1, this.room.hamas(), "hamas", this.room.israel(), "israel", hostages,
				"2025-01-19T15:00:00Z");
		this.fixtures.walk(this.room, 1, this.room.israel(), "israel", this.room.hamas(), "hamas", prisoners,
				"2025-01-19T23:00:00Z");

		RoundView.RatioRow ratio = this.views.round(this.room.id(), 1).ratios().get(0);
		assertThat(ratio.expected()).isEqualTo(60);
		assertThat(ratio.actual()).isEqualTo(50);
		assertThat(ratio.owed()).isEqualTo(10);
		assertThat(ratio.status()).isEqualTo("BREACHED");
	}

	@Test
	void aHandoverBeforeTheTransferIsRefusedAndNothingIsAppended() {
		var hostages = this.fixtures.submit(this.room, this.room.hamas(), "hamas", 1, 2, null, Category.CIVILIAN);
		long confirmed = this.fixtures.step(this.room, this.room.icrc(), PathStep.IDENTITY_CONFIRMED, 1, "icrc", hostages,
				Instant.parse("2025-01-19T14:00:00Z"), null);
		long size = this.reader.summary(this.room.id()).size();

		assertThatThrownBy(() -> this.fixtures.step(this.room, this.room.icrc(), PathStep.HANDED_OVER, 1, "icrc", hostages,
				Instant.parse("2025-01-19T15:00:00Z"), confirmed))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().get(0).code())
				.isEqualTo("exchange.rule.out-of-order"));
		assertThat(this.reader.summary(this.room.id()).size()).isEqualTo(size);
		assertThat(this.lists.members(this.room.id(), "round-1-hamas")).allMatch(m -> m.status() == PathStep.IDENTITY_CONFIRMED);
	}

	@Test
	void aStepTakenByTheWrongPartyIsRefused() {
		var hostages = this.fixtures.submit(this.room, this.room.hamas(), "hamas", 1, 2, null, Category.CIVILIAN);

		assertThatThrownBy(() -> this.fixtures.step(this.room, this.room.hamas(), PathStep.IDENTITY_CONFIRMED, 1, "hamas",
				hostages, Instant.parse("2025-01-19T14:00:00Z"), null))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().get(0))
				.satisfies(p -> assertThat(p.field()).isEqualTo("party"))
				.satisfies(p -> assertThat(p.code()).isEqualTo("exchange.rule.wrong-party")));
	}

	@Test
	void aLiaisonActsForItsOwnPartyOnly() {
		var hostages = this.fixtures.submit(this.room, this.room.hamas(), "hamas", 1, 2, null, Category.CIVILIAN);

		assertThatThrownBy(() -> this.fixtures.step(this.room, this.room.israel(), PathStep.IDENTITY_CONFIRMED, 1, "icrc",
				hostages, Instant.parse("2025-01-19T14:00:00Z"), null))
			.isInstanceOfSatisfying(Rejected.class, e -> assertThat(e.rule()).isEqualTo("NOT_YOUR_PARTY"));
	}

	@Test
	void aHandoverMustJoinTheCustodiansTransfer() {
		var hostages = this.fixtures.submit(this.room, this.room.hamas(), "hamas", 1, 2, null, Category.CIVILIAN);
		long confirmed = this.fixtures.step(this.room, this.room.icrc(), PathStep.IDENTITY_CONFIRMED, 1, "icrc", hostages,
				Instant.parse("2025-01-19T14:00:00Z"), null);
		this.fixtures.step(this.room, this.room.hamas(), PathStep.TRANSFERRED, 1, "hamas", hostages,
				Instant.parse("2025-01-19T14:30:00Z"), null);

		assertThatThrownBy(() -> this.fixtures.step(this.room, this.room.icrc(), PathStep.HANDED_OVER, 1, "icrc", hostages,
				Instant.parse("2025-01-19T15:00:00Z"), confirmed))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().get(0).code())
				.isEqualTo("exchange.rule.handover-unjoined"));
	}

	@Test
	void aListWithProblemsIsRefusedWholeAndNothingOfItIsKept() {
		long size = this.reader.summary(this.room.id()).size();
		var same = new PersonData("اسم مكرر", "Same Name", null, "123456789", null, 1990, null);
		var persons = List.of(new ListedPerson(same, EnumSet.of(Category.CIVILIAN), null, Destination.HOME),
				new ListedPerson(same, EnumSet.of(Category.CIVILIAN), null, Destination.HOME),
				new ListedPerson(ExchangeFixtures.person("hamas", 1, 3), EnumSet.noneOf(Category.class), null,
						Destination.HOME));

		assertThatThrownBy(() -> this.lists.submit(this.room.hamas(), this.room.id(), new ListSubmission("round-1-hamas", 7,
				"hamas", LegalBasis.VITAL_INTEREST, LocalDate.parse("2099-01-01"), Instant.parse("2025-01-18T12:00:00Z"),
				persons)))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
				.extracting(InvalidInput.FieldProblem::field, InvalidInput.FieldProblem::code)
				.contains(org.assertj.core.groups.Tuple.tuple("round", "exchange.list.round.unknown"),
						org.assertj.core.groups.Tuple.tuple("persons[1]", "exchange.list.duplicate-of"),
						org.assertj.core.groups.Tuple.tuple("persons[2].categories", "exchange.category.required")));
		assertThat(this.reader.summary(this.room.id()).size()).isEqualTo(size);
		assertThat(this.lists.find(this.room.id(), "round-1-hamas")).isEmpty();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM person WHERE log_id = :log").param("log", this.room.id())
			.query(Long.class).single()).isZero();
	}

	@Test
	void roundsComeInTurnWithinTheAgreementAndWithItsIntermediary() {
		assertThatThrownBy(() -> this.fixtures.planRound(this.room, 3, "2025-01-25T09:00:00Z"))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().get(0).code()).isEqualTo("exchange.round.not-next"));
		assertThatThrownBy(() -> this.fixtures.planRound(this.room, 2, "2026-01-25T09:00:00Z"))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().get(0).code()).isEqualTo("exchange.round.outside-term"));
		assertThatThrownBy(() -> this.rounds.plan(this.room.mediator(), this.room.id(),
				new ReleaseRounds.Plan(2, Instant.parse("2025-01-25T09:00:00Z"), null, "egypt")))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().get(0).code())
				.isEqualTo("exchange.round.intermediary.unknown"));
		assertThatThrownBy(() -> this.rounds.plan(this.room.hamas(), this.room.id(),
				new ReleaseRounds.Plan(2, Instant.parse("2025-01-25T09:00:00Z"), null, "icrc")))
			.isInstanceOfSatisfying(Rejected.class, e -> assertThat(e.rule()).isEqualTo("NOT_A_MEDIATOR"));
	}

	@Test
	void aDelayedRoundKeepsItsAgreedTimeAndSaysWhy() {
		Instant later = Instant.parse("2025-01-20T10:00:00Z");
		assertThatThrownBy(() -> this.rounds.changeStatus(this.room.mediator(), this.room.id(), 1,
				new ReleaseRounds.StatusChange(RoundState.DELAYED, Instant.parse("2025-01-19T13:00:00Z"), later, null)))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().get(0).field()).isEqualTo("reason"));

		this.rounds.changeStatus(this.room.mediator(), this.room.id(), 1, new ReleaseRounds.StatusChange(RoundState.DELAYED,
				Instant.parse("2025-01-19T13:00:00Z"), later, "The names came late."));

		ReleaseRound round = this.rounds.get(this.room.id(), 1);
		assertThat(round.status()).isEqualTo(RoundState.DELAYED);
		assertThat(round.agreedAt()).isEqualTo(Instant.parse("2025-01-19T14:00:00Z"));
		assertThat(round.plannedAt()).isEqualTo(later);
		assertThat(round.reason()).isEqualTo("The names came late.");
		assertThatThrownBy(() -> this.rounds.changeStatus(this.room.mediator(), this.room.id(), 1,
				new ReleaseRounds.StatusChange(RoundState.COMPLETED, later, null, null)))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().get(0).code()).isEqualTo("exchange.round.transition"));
	}

	@Test
	void aRetractedHandoverNoLongerCountsAndItsPersonsStandTransferredAgain() {
		var hostages = this.fixtures.submit(this.room, this.room.hamas(), "hamas", 1, 2, null, Category.CIVILIAN);
		this.fixtures.step(this.room, this.room.icrc(), PathStep.IDENTITY_CONFIRMED, 1, "icrc", hostages,
				Instant.parse("2025-01-19T14:00:00Z"), null);
		long transfer = this.fixtures.step(this.room, this.room.hamas(), PathStep.TRANSFERRED, 1, "hamas", hostages,
				Instant.parse("2025-01-19T14:30:00Z"), null);
		long handover = this.fixtures.step(this.room, this.room.icrc(), PathStep.HANDED_OVER, 1, "icrc", hostages,
				Instant.parse("2025-01-19T15:00:00Z"), transfer);
		assertThat(released()).isEqualTo(2);

		this.paths.retract(this.room.icrc(), this.room.id(), handover, "Recorded for the wrong round.");

		assertThat(released()).isZero();
		assertThat(this.paths.find(this.room.id(), handover).orElseThrow().state()).isEqualTo("retracted");
		assertThat(this.lists.members(this.room.id(), "round-1-hamas")).allMatch(m -> m.status() == PathStep.TRANSFERRED
				&& m.statusIndex() == transfer);
	}

	@Test
	void aStepArrivingOutOfTurnIsKeptAsAConflictThatMovesNobody() {
		var hostages = this.fixtures.submit(this.room, this.room.hamas(), "hamas", 1, 2, null, Category.CIVILIAN);
		var step = new ExchangePayloads.Step(PathStep.TRANSFERRED, 1, hostages, Instant.parse("2025-01-19T14:30:00Z"), null,
				null);

		long index = this.appending.append(this.room.id(), ExchangeKinds.STEP, "hamas", "test", step.write(), List.of())
			.index();

		assertThat(this.paths.find(this.room.id(), index).orElseThrow().conflict()).isEqualTo("exchange.rule.out-of-order");
		assertThat(this.lists.members(this.room.id(), "round-1-hamas")).allMatch(m -> m.status() == PathStep.LISTED);
	}

	@Test
	void viewersCannotReadExchangePayloadsAndPayloadsCarryNoNames() {
		var hostages = this.fixtures.submit(this.room, this.room.hamas(), "hamas", 1, 2, null, Category.CIVILIAN);
		long part = this.lists.find(this.room.id(), "round-1-hamas").orElseThrow().index() - 1;

		assertThat(this.reader.payload(this.room.id(), part, this.room.viewer())).isEmpty();
		assertThat(this.reader.payload(this.room.id(), part, null)).isEmpty();
		String payload = new String(this.reader.payload(this.room.id(), part, this.room.mediator()).orElseThrow(),
				java.nio.charset.StandardCharsets.UTF_8);
		assertThat(payload).contains(hostages.get(0).value()).doesNotContain("Person hamas").doesNotContain("شخص")
			.doesNotContain("900010000");
	}

	@Test
	void theProjectionIsRebuiltTheSameFromTheLog() {
		var hostages = this.fixtures.submit(this.room, this.room.hamas(), "hamas", 1, 3, null, Category.CIVILIAN);
		this.fixtures.walk(this.room, 1, this.room.hamas(), "hamas", this.room.israel(), "israel", hostages,
				"2025-01-19T15:00:00Z");
		List<PersonRef> refs = this.lists.members(this.room.id(), "round-1-hamas").stream().map(ListMember::ref).toList();

		assertThat(refs).containsExactlyElementsOf(hostages);
		assertThat(this.paths.ofPerson(this.room.id(), hostages.get(0))).extracting(PathEvent::step)
			.containsExactly(PathStep.IDENTITY_CONFIRMED, PathStep.TRANSFERRED, PathStep.HANDED_OVER, PathStep.RECEIVED);
	}

	private long released() {
		return this.views.round(this.room.id(), 1).parties().stream().mapToLong(RoundView.PartyProgress::released).sum()
				== 0 ? 0 : this.jdbc.sql("""
						SELECT COALESCE(SUM(quantity), 0) FROM compliance_fact
						WHERE log_id = :log AND measure = 'exchange.released' AND withdrawn_by IS NULL
						""").param("log", this.room.id()).query(Long.class).single();
	}

}
