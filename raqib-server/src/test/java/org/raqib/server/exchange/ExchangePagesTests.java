package org.raqib.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.raqib.server.ContextTest;
import org.raqib.server.access.RaqibUser;
import org.raqib.server.person.PersonRef;
import org.raqib.server.record.LogReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ContextTest
class ExchangePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ExchangeFixtures fixtures;

	@Autowired
	LogReader reader;

	ExchangeFixtures.Room room;

	List<PersonRef> hostages;

	@BeforeEach
	void aRoundWithItsLists() throws Exception {
		this.room = this.fixtures.room();
		this.fixtures.planRound(this.room, 1, "2025-01-19T14:00:00Z");
		this.hostages = this.fixtures.submit(this.room, this.room.hamas(), "hamas", 1, 2, null, Category.CIVILIAN);
		var prisoners = this.fixtures.submit(this.room, this.room.israel(), "israel", 1, 60, Category.CIVILIAN,
				Category.PRISONER);
		this.fixtures.walk(this.room, 1, this.room.israel(), "israel", this.room.hamas(), "hamas", prisoners,
				"2025-01-19T23:00:00Z");
	}

	@Test
	void theRoundsAreListedInEnglish() throws Exception {
		String page = page("/exchange", this.room.mediator(), "en");

		assertThat(page).contains("Exchanges: release rounds", "Round 1", "round-1-hamas", "round-1-israel",
				"ratio-civilians", "Party israel</bdi>:", "60 of 60");
	}

	@Test
	void theRoundShowsExpectedAgainstReleasedInArabic() throws Exception {
		String page = page("/exchange/rounds/1", this.room.hamas(), "ar");

		assertThat(page).contains("lang=\"ar\"", "dir=\"rtl\"", "الجولة 1", "المدرجون والمُفرَج عنهم", "مدني", "أسير",
				"تأكيد الهوية", "التسليم").doesNotContain("??");
	}

	@Test
	void theListShowsReferencesNotNames() throws Exception {
		String page = page("/exchange/lists/round-1-hamas", this.room.mediator(), "en");

		assertThat(page).contains(this.hostages.get(0).value(), "Civilian").doesNotContain("Person hamas")
			.doesNotContain("شخص hamas");
	}

	@Test
	void viewersAndOtherRoomsSeeNoExchange() throws Exception {
		for (String path : List.of("/exchange", "/exchange/rounds/1", "/exchange/lists/round-1-hamas")) {
			this.mvc.perform(get("/agreements/" + this.room.id() + path).with(user(this.room.viewer())))
				.andExpect(status().isForbidden());
		}
		ExchangeFixtures.Room other = this.fixtures.room();
		this.mvc.perform(get("/agreements/" + this.room.id() + "/exchange").with(user(other.mediator())))
			.andExpect(status().isForbidden());
	}

	@Test
	void aStepOutOfOrderIsNamedInTheUsersLanguageAndNothingIsRecorded() throws Exception {
		long size = this.reader.summary(this.room.id()).size();

		String page = this.mvc.perform(post("/agreements/" + this.room.id() + "/exchange/rounds/1/steps")
			.param("step", "handed-over").param("party", "icrc").param("custodian", "hamas")
			.param("persons", this.hostages.get(0).value()).param("joined", "").param("occurredAt", "2025-01-19T17:00")
			.param("place", "").param("reason", "")
			.header("Accept-Language", "ar").with(csrf()).with(user(this.room.icrc())))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

		assertThat(page).contains("اختر القيد الذي ترتبط به هذه الخطوة");
		assertThat(this.reader.summary(this.room.id()).size()).isEqualTo(size);
	}

	@Test
	void aStepFromTheFormMovesEveryEligiblePersonOfTheCustodian() throws Exception {
		this.mvc.perform(post("/agreements/" + this.room.id() + "/exchange/rounds/1/steps")
			.param("step", "identity-confirmed").param("party", "icrc").param("custodian", "hamas").param("persons", "")
			.param("joined", "").param("occurredAt", "2025-01-19T16:00").param("place", "Gaza City").param("reason", "")
			.with(csrf()).with(user(this.room.icrc())))
			.andExpect(status().is3xxRedirection());

		String page = page("/exchange/lists/round-1-hamas", this.room.mediator(), "en");
		assertThat(page).contains("Identity confirmed");
	}

	@Test
	void aMediatorPlansTheNextRoundFromTheTimeline() throws Exception {
		this.mvc.perform(post("/agreements/" + this.room.id() + "/exchange/rounds").param("round", "2")
			.param("plannedAt", "2025-01-25T11:00").param("place", "Gaza City").param("intermediary", "icrc")
			.with(csrf()).with(user(this.room.mediator())))
			.andExpect(redirectedUrl("/agreements/" + this.room.id() + "/exchange/rounds/2"));

		assertThat(page("/exchange/rounds/2", this.room.mediator(), "en")).contains("2025-01-25 11:00", "Planned");
	}

	@Test
	void theIntermediaryRetractsItsStepFromTheRoundPage() throws Exception {
		long confirmed = this.fixtures.step(this.room, this.room.icrc(), PathStep.IDENTITY_CONFIRMED, 1, "icrc", this.hostages,
				java.time.Instant.parse("2025-01-19T16:00:00Z"), null);

		this.mvc.perform(post("/agreements/" + this.room.id() + "/exchange/rounds/1/steps/" + confirmed + "/retraction")
			.param("reason", "Recorded for the wrong persons.").with(csrf()).with(user(this.room.icrc())))
			.andExpect(status().is3xxRedirection());

		assertThat(page("/exchange/rounds/1", this.room.icrc(), "en")).contains("Retracted");
		assertThat(page("/exchange/lists/round-1-hamas", this.room.icrc(), "en")).doesNotContain("Identity confirmed");
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
