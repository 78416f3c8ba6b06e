package org.raqib.server.osint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.raqib.server.ContextTest;
import org.raqib.server.aid.CompetingCounts;
import org.raqib.server.exchange.ReleaseRounds;
import org.raqib.server.record.Appended;
import org.raqib.server.record.LogReader;
import org.raqib.server.system.InvalidInput;
import org.raqib.server.system.Rejected;
import org.springframework.beans.factory.annotation.Autowired;

/** Accepting a claim into a draft of its module, rejecting one with a reason; both are entries. */
@ContextTest
class ReviewQueueTests {

	@Autowired
	OsintFixtures fixtures;

	@Autowired
	Ingesting ingesting;

	@Autowired
	ReviewQueue queue;

	@Autowired
	ClaimTable claims;

	@Autowired
	LogReader reader;

	@Autowired
	CompetingCounts aidCounts;

	@Autowired
	AidDraftTarget aid;

	@Autowired
	ReleaseRounds rounds;

	OsintFixtures.Room room;

	List<NewsClaim> waiting;

	@BeforeEach
	void aRoomWithNews() throws IOException {
		this.room = this.fixtures.room();
		this.ingesting.ingest(this.room.id(), OsintFixtures.article("Demo Wire", "Aid enters Gaza",
				"240 aid trucks crossed into Gaza on Sunday, the UN said.", "2025-02-02T12:00:00Z", "en"), "wire.jsonl");
		this.ingesting.ingest(this.room.id(), OsintFixtures.article("وكالة", "عبور مرضى",
				"عبر 60 مريضا معبر رفح اليوم.", "2025-02-01T12:00:00Z", "ar"), "agency.jsonl");
		this.waiting = this.queue.waiting(this.room.id(), 10);
	}

	@Test
	void everyClaimWaitsForReviewAtFirst() {
		List<NewsClaim> waiting = this.queue.waiting(this.room.id(), 10);
		assertThat(waiting).extracting(NewsClaim::measure).containsExactlyInAnyOrder("aid-trucks", "patients");
		assertThat(this.queue.waitingCount(this.room.id())).isEqualTo(2);
	}

	@Test
	void acceptingTrucksOpensTheAidFormPrefilledWithTheClaimLink() {
		NewsClaim trucks = claim("aid-trucks");
		ReviewQueue.Accepted accepted = this.queue.accept(this.room.mediator(), this.room.id(), trucks.article(), 1, "aid");

		assertThat(accepted.draft().value()).isEqualTo(240);
		assertThat(accepted.draft().day()).isEqualTo(LocalDate.parse("2025-02-02"));
		assertThat(accepted.draft().link()).isEqualTo("https://raqib.local/agreements/" + this.room.id()
				+ "/news/articles/" + trucks.article() + "#claim-1");
		assertThat(accepted.form()).hasValueSatisfying(form -> assertThat(form)
			.startsWith("/agreements/" + this.room.id() + "/aid/counts?")
			.contains("trucks=240", "date=2025-02-02", "stage=crossed", "sourceType=news", "link=https://raqib.local"));
		assertThat(this.reader.entry(this.room.id(), accepted.entry().index()).kind()).isEqualTo(OsintKinds.ACCEPTED);
		String payload = new String(this.reader.payload(this.room.id(), accepted.entry().index(), this.room.mediator())
			.orElseThrow(), StandardCharsets.UTF_8);
		assertThat(payload).contains("\"article\":\"sha256:" + trucks.article() + "\"", "\"claim\":1",
				"\"measure\":\"aid-trucks\"", "\"value\":240", "\"target\":\"aid\"");
		assertThat(claim("aid-trucks").decision()).isEqualTo(NewsClaim.ACCEPTED);
		assertThat(claim("aid-trucks").target()).isEqualTo("aid");
	}

	@Test
	void confirmingTheDraftRecordsTheAidEntryCarryingTheClaimLink() {
		NewsClaim trucks = claim("aid-trucks");
		Draft draft = this.queue.accept(this.room.mediator(), this.room.id(), trucks.article(), 1, "aid").draft();
		assertThat(this.aid.confirmedBy(draft)).isEmpty();

		Appended confirmed = this.aidCounts.report(this.room.mediator(), this.room.id(), "egypt",
				new CompetingCounts.NewCount(draft.day(), CompetingCounts.ALL_CROSSINGS, "crossed", 240, draft.source(),
						"news", draft.link()));

		assertThat(this.aid.confirmedBy(draft)).contains(confirmed.index());
	}

	@Test
	void acceptingPatientsOpensTheMovementForm() {
		NewsClaim patients = claim("patients");
		ReviewQueue.Accepted accepted = this.queue.accept(this.room.mediator(), this.room.id(), patients.article(), 1,
				"movement");
		assertThat(accepted.form()).hasValueSatisfying(form -> assertThat(form)
			.startsWith("/agreements/" + this.room.id() + "/movement?day=2025-02-01")
			.contains("count=60", "category=patient", "sourceKind=news"));
	}

	@Test
	void acceptingAReleaseOpensTheStepFormOfTheNearestRound() {
		this.rounds.plan(this.room.mediator(), this.room.id(), new ReleaseRounds.Plan(1,
				Instant.parse("2025-01-19T14:00:00Z"), "Gaza City", "icrc"));
		this.rounds.plan(this.room.mediator(), this.room.id(), new ReleaseRounds.Plan(2,
				Instant.parse("2025-01-25T09:00:00Z"), "Gaza City", "icrc"));
		this.ingesting.ingest(this.room.id(), OsintFixtures.article("وكالة", "الإفراج عن أسرى",
				"أفرجت السلطات عن 95 أسيرا فجر اليوم.", "2025-01-20T06:00:00Z", "ar"), "release.jsonl");
		NewsClaim release = this.queue.waiting(this.room.id(), 10).stream()
			.filter(c -> c.measure().equals("prisoners-released")).findFirst().orElseThrow();
		assertThat(this.queue.targetsFor(release.measure())).containsExactly("exchange");

		ReviewQueue.Accepted accepted = this.queue.accept(this.room.mediator(), this.room.id(), release.article(),
				release.number(), "exchange");

		assertThat(accepted.form()).contains("/agreements/" + this.room.id()
				+ "/exchange/rounds/1?step=handed-over&occurredAt=2025-01-20T12:00#step");
	}

	@Test
	void acceptingCasualtiesOpensTheIncidentForm() {
		this.ingesting.ingest(this.room.id(), OsintFixtures.article("Demo Wire", "Shelling",
				"Five people were killed in the shelling on Monday, the ministry said.", "2025-02-03T12:00:00Z", "en"),
				"shelling.jsonl");
		NewsClaim killed = this.queue.waiting(this.room.id(), 10).stream()
			.filter(c -> c.measure().equals("killed")).findFirst().orElseThrow();
		assertThat(this.queue.targetsFor("killed")).containsExactly("incident");

		ReviewQueue.Accepted accepted = this.queue.accept(this.room.mediator(), this.room.id(), killed.article(),
				killed.number(), "incident");

		assertThat(accepted.form()).hasValueSatisfying(form -> assertThat(form)
			.startsWith("/agreements/" + this.room.id() + "/incidents/new?from=2025-02-03T00:00")
			.contains("sourceKind=news", "source=the%20ministry", "sourceLink=https://raqib.local/agreements/")
			.doesNotContain("location"));
	}

	@Test
	void aClaimGoesOnlyToAModuleThatTakesItsMeasure() {
		NewsClaim trucks = claim("aid-trucks");
		assertThatThrownBy(() -> this.queue.accept(this.room.mediator(), this.room.id(), trucks.article(), 1, "movement"))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().get(0).field()).isEqualTo("target"));
		assertThat(claim("aid-trucks").waiting()).isTrue();
	}

	@Test
	void rejectingNeedsAReason() {
		NewsClaim trucks = claim("aid-trucks");
		assertThatThrownBy(() -> this.queue.reject(this.room.mediator(), this.room.id(), trucks.article(), 1, ""))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().get(0).field()).isEqualTo("reason"));
		assertThat(claim("aid-trucks").waiting()).isTrue();

		Appended rejected = this.queue.reject(this.room.mediator(), this.room.id(), trucks.article(), 1, "duplicate");

		assertThat(this.reader.entry(this.room.id(), rejected.index()).kind()).isEqualTo(OsintKinds.REJECTED);
		assertThat(claim("aid-trucks").reason()).isEqualTo("duplicate");
		assertThat(this.queue.waitingCount(this.room.id())).isEqualTo(1);
	}

	@Test
	void aClaimIsDecidedOnce() {
		NewsClaim trucks = claim("aid-trucks");
		this.queue.reject(this.room.mediator(), this.room.id(), trucks.article(), 1, "duplicate");
		assertThatThrownBy(() -> this.queue.accept(this.room.mediator(), this.room.id(), trucks.article(), 1, "aid"))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().get(0).field()).isEqualTo("claim"));
	}

	@Test
	void onlyAMediatorReviews() {
		NewsClaim trucks = claim("aid-trucks");
		assertThatThrownBy(() -> this.queue.accept(this.room.liaison(), this.room.id(), trucks.article(), 1, "aid"))
			.isInstanceOf(Rejected.class);
		assertThatThrownBy(() -> this.queue.reject(this.room.viewer(), this.room.id(), trucks.article(), 1, "duplicate"))
			.isInstanceOf(Rejected.class);
	}

	/** The claim of a measure as it stands now (each test's news has one claim per measure). */
	private NewsClaim claim(String measure) {
		NewsClaim first = this.waiting.stream().filter(c -> c.measure().equals(measure)).findFirst().orElseThrow();
		return this.claims.find(this.room.id(), first.article(), first.number()).orElseThrow();
	}

}
