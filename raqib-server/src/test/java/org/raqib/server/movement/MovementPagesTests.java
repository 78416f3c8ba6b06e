package org.raqib.server.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.raqib.server.ContextTest;
import org.raqib.server.access.RaqibUser;
import org.raqib.server.record.LogReader;
import org.raqib.server.record.Response;
import org.raqib.server.record.Responses;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ContextTest
class MovementPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MovementFixtures fixtures;

	@Autowired
	CompetingCounts competing;

	@Autowired
	Responses responses;

	@Autowired
	LogReader reader;

	MovementFixtures.Room room;

	long patients;

	@BeforeEach
	void aDayAtRafah() throws Exception {
		this.room = this.fixtures.room();
		this.patients = this.fixtures.rafah(this.room, MovementCategory.PATIENT, 45, "2025-02-01T12:00:00Z");
		this.fixtures.rafah(this.room, MovementCategory.ESCORT, 140, "2025-02-01T12:00:00Z");
		this.competing.record(this.room.mediator(), this.room.id(), new CompetingCounts.Report("egypt", "WHO",
				SourceKind.UN_AGENCY, null, Passage.crossing("rafah-crossing"), Direction.OUT, MovementCategory.PATIENT,
				37, LocalDate.parse("2025-02-01"), null));
	}

	@Test
	void theBoardShowsCountsSourcesAndTheEscortCheckInEnglish() throws Exception {
		String page = page("/movement?day=2025-02-01", this.room.mediator(), "en");

		assertThat(page).contains("Rafah crossing", "Patients", "Escorts", "45", "WHO", "(-8 against the room)",
				"Escorts over the limit", "rafah-patients", "45 of 50", "Below that day");
	}

	@Test
	void theBoardIsInArabic() throws Exception {
		String page = page("/movement?day=2025-02-01", this.room.eubam(), "ar");

		assertThat(page).contains("lang=\"ar\"", "dir=\"rtl\"", "معبر رفح", "المرضى", "المرافقون فوق الحد", "وكالة أممية")
			.doesNotContain("??");
	}

	@Test
	void aDisputeShowsBesideTheCount() throws Exception {
		this.responses.respond(this.room.israel(), this.room.id(), this.patients, "israel", Response.Stance.DISPUTED,
				"Our count at the gate was 41.", null);

		assertThat(page("/movement?day=2025-02-01", this.room.mediator(), "en")).contains("Disputed by");
	}

	@Test
	void theCaptureFormRecordsACount() throws Exception {
		assertThat(page("/movement/capture", this.room.eubam(), "en")).contains("capture-form", "Rafah crossing");

		this.mvc.perform(post("/agreements/" + this.room.id() + "/movement/counts").param("party", "eubam-rafah")
			.param("passage", "crossing:rafah-crossing").param("direction", "out").param("category", "patient")
			.param("count", "5").param("mode", "").param("from", "2025-02-02T09:00").param("to", "2025-02-02T10:00")
			.with(csrf()).with(user(this.room.eubam())))
			.andExpect(status().is3xxRedirection());

		assertThat(page("/movement?day=2025-02-02", this.room.eubam(), "en")).contains("09:00–10:00");
	}

	@Test
	void aBadCountIsNamedInTheUsersLanguageAndNothingIsRecorded() throws Exception {
		long size = this.reader.summary(this.room.id()).size();

		String page = this.mvc.perform(post("/agreements/" + this.room.id() + "/movement/counts")
			.param("party", "eubam-rafah").param("passage", "crossing:rafah-crossing").param("direction", "out")
			.param("category", "patient").param("count", "5").param("mode", "").param("from", "2025-02-02T10:00")
			.param("to", "2025-02-02T09:00").header("Accept-Language", "ar").with(csrf()).with(user(this.room.eubam())))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

		assertThat(page).contains("تنتهي فترة العدّ قبل أن تبدأ");
		assertThat(this.reader.summary(this.room.id()).size()).isEqualTo(size);
	}

	@Test
	void viewersAndOtherRoomsSeeNoMovement() throws Exception {
		for (String path : List.of("/movement", "/movement/capture")) {
			this.mvc.perform(get("/agreements/" + this.room.id() + path).with(user(this.room.viewer())))
				.andExpect(status().isForbidden());
		}
		MovementFixtures.Room other = this.fixtures.room();
		this.mvc.perform(get("/agreements/" + this.room.id() + "/movement").with(user(other.mediator())))
			.andExpect(status().isForbidden());
	}

	private String page(String path, RaqibUser user, String language) throws Exception {
		return this.mvc.perform(get("/agreements/" + this.room.id() + path).with(user(user))
			.header("Accept-Language", language))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
