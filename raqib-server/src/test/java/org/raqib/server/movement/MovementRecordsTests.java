package org.raqib.server.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.raqib.server.ContextTest;
import org.raqib.server.agreement.AgreementCompliance;
import org.raqib.server.person.LegalBasis;
import org.raqib.server.person.PersonData;
import org.raqib.server.record.LogReader;
import org.raqib.server.system.InvalidInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Other sources' counts beside the room's, and named lists kept in the person store. */
@ContextTest
class MovementRecordsTests {

	static final LocalDate FIRST = LocalDate.parse("2025-02-01");

	@Autowired
	MovementFixtures fixtures;

	@Autowired
	CompetingCounts competing;

	@Autowired
	CrossingLists lists;

	@Autowired
	MovementViews views;

	@Autowired
	AgreementCompliance compliance;

	@Autowired
	LogReader reader;

	@Autowired
	JdbcClient jdbc;

	MovementFixtures.Room room;

	@BeforeEach
	void aRoom() throws Exception {
		this.room = this.fixtures.room();
	}

	@Test
	void otherSourcesCountsStandBesideTheRoomsWithTheirDifferences() {
		this.fixtures.rafah(this.room, MovementCategory.PATIENT, 45, "2025-02-01T12:00:00Z");
		report("Gaza Ministry of Health", SourceKind.MINISTRY, MovementCategory.PATIENT, 50);
		report("WHO", SourceKind.UN_AGENCY, MovementCategory.PATIENT, 37);

		MovementBoard.Row row = this.views.board(this.room.id(), FIRST, "en").passages().get(0).rows().get(0);
		assertThat(row.room()).isEqualTo(45);
		assertThat(row.competing()).extracting(c -> c.count().source(), MovementBoard.Competing::difference)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Gaza Ministry of Health", 5L),
					org.assertj.core.groups.Tuple.tuple("WHO", -8L));
	}

	@Test
	void otherSourcesCountsNeverCountForTheQuota() {
		report("Gaza Ministry of Health", SourceKind.MINISTRY, MovementCategory.PATIENT, 50);

		var quota = this.compliance.report(this.room.id(), this.compliance.view(this.room.id(), null, null))
			.obligations().stream().filter(j -> j.terms().id().equals("rafah-patients")).findFirst().orElseThrow();
		assertThat(quota.assessment().figures().stream().filter(f -> FIRST.equals(f.day())).findFirst().orElseThrow()
			.value()).isZero();
	}

	@Test
	void aSourceCountForADayInTheFutureIsRefused() {
		long size = this.reader.summary(this.room.id()).size();
		assertThatThrownBy(() -> this.competing.record(this.room.mediator(), this.room.id(), new CompetingCounts.Report(
				"egypt", "News", SourceKind.NEWS, null, Passage.crossing("rafah-crossing"), Direction.OUT,
				MovementCategory.PATIENT, 10, LocalDate.now().plusDays(3), null)))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().get(0).code())
				.isEqualTo("movement.time.future"));
		assertThat(this.reader.summary(this.room.id()).size()).isEqualTo(size);
	}

	@Test
	void aNamedListKeepsNamesInThePersonStoreAndReferencesInTheRecord() {
		long patients = this.fixtures.rafah(this.room, MovementCategory.PATIENT, 2, "2025-02-01T12:00:00Z");
		long escorts = this.fixtures.rafah(this.room, MovementCategory.ESCORT, 3, "2025-02-01T12:00:00Z");

		long index = this.lists.submit(this.room.eubam(), this.room.id(), request("rafah-2025-02-01",
				List.of(patients, escorts), 2, 3)).index();

		String payload = new String(this.reader.payload(this.room.id(), index, this.room.mediator()).orElseThrow(),
				StandardCharsets.UTF_8);
		assertThat(payload).contains("\"ref\":\"p-", "sha256:").doesNotContain("Invented", "مخترع");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM person WHERE list_id = :list AND purpose = 'MOVEMENT'")
			.param("list", "rafah-2025-02-01").query(Long.class).single()).isEqualTo(5);
		CrossingList list = this.views.board(this.room.id(), FIRST, "en").lists().get(0);
		assertThat(list.named()).containsEntry(MovementCategory.PATIENT, 2L).containsEntry(MovementCategory.ESCORT, 3L);
		assertThat(list.counts()).containsExactly(patients, escorts);
	}

	@Test
	void aListNamingMorePatientsThanCountedIsRefused() {
		long patients = this.fixtures.rafah(this.room, MovementCategory.PATIENT, 2, "2025-02-01T12:00:00Z");
		long size = this.reader.summary(this.room.id()).size();

		assertThatThrownBy(() -> this.lists.submit(this.room.eubam(), this.room.id(), request("too-many",
				List.of(patients), 3, 0)))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().get(0).code())
				.isEqualTo("movement.list.more-than-counted"));
		assertThat(this.reader.summary(this.room.id()).size()).isEqualTo(size);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM person WHERE list_id = 'too-many'").query(Long.class).single())
			.isZero();
	}

	private void report(String source, SourceKind kind, MovementCategory category, long count) {
		this.competing.record(this.room.mediator(), this.room.id(), new CompetingCounts.Report("egypt", source, kind,
				null, Passage.crossing("rafah-crossing"), Direction.OUT, category, count, FIRST, null));
	}

	static CrossingLists.ListRequest request(String listId, List<Long> counts, int patients, int escorts) {
		var persons = new java.util.ArrayList<CrossingLists.NamedPerson>();
		for (int i = 0; i < patients + escorts; i++) {
			persons.add(new CrossingLists.NamedPerson(PersonData.named("مخترع " + i, "Invented Person " + i),
					i < patients ? MovementCategory.PATIENT : MovementCategory.ESCORT));
		}
		return new CrossingLists.ListRequest(listId, "eubam-rafah", LegalBasis.VITAL_INTEREST,
				LocalDate.parse("2099-01-01"), counts, persons);
	}

}
