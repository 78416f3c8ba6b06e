package org.raqib.server.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.raqib.server.ContextTest;
import org.raqib.server.access.Actor;
import org.raqib.server.access.RaqibUser;
import org.raqib.server.access.Role;
import org.raqib.server.system.InvalidInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ContextTest
class ResponsesTests {

	@Autowired
	RecordFixtures fixtures;

	@Autowired
	Responses responses;

	@Autowired
	Statements statements;

	@Autowired
	MockMvc mvc;

	String log;

	long statement;

	RaqibUser sideA;

	RaqibUser sideB;

	@BeforeEach
	void aStatementBySideA() {
		this.log = this.fixtures.log().id();
		this.sideA = liaison("side-a");
		this.sideB = liaison("side-b");
		this.statement = this.statements.record(this.log, "side-a",
				new StatementText(null, "All 200 were released.", "2025-01-25T14:00:00Z", null), this.sideA, Actor.SYSTEM)
			.index();
	}

	@Test
	void theOtherSideDisputesWithItsReasonsAndTheDisputeShowsOnTheEntry() throws Exception {
		long dispute = this.responses.respond(this.sideB, this.log, this.statement, "side-b", Response.Stance.DISPUTED,
				"Only 128 were transferred by the ICRC.", "https://example.org/icrc").index();

		assertThat(this.responses.to(this.log, this.statement)).singleElement()
			.satisfies(r -> assertThat(r.index()).isEqualTo(dispute))
			.satisfies(r -> assertThat(r.disputes()).isTrue());
		String page = this.mvc.perform(get("/logs/" + this.log + "/entries/" + this.statement).with(user(this.sideA))
			.header("Accept-Language", "en"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Disputed by", "Only 128 were transferred by the ICRC.");
	}

	@Test
	void aDisputeWithoutReasonsAndAnAnswerToOnesOwnEntryAreRefused() {
		assertThatThrownBy(() -> this.responses.respond(this.sideB, this.log, this.statement, "side-b",
				Response.Stance.DISPUTED, " ", null))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().get(0).code()).isEqualTo("response.note.required"));
		assertThatThrownBy(() -> this.responses.respond(this.sideA, this.log, this.statement, "side-a",
				Response.Stance.CONFIRMED, null, null))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().get(0).code()).isEqualTo("response.own-entry"));
	}

	@Test
	void anAnswerIsNotItselfAnswered() {
		long confirmation = this.responses.respond(this.sideB, this.log, this.statement, "side-b",
				Response.Stance.CONFIRMED, null, null).index();

		assertThatThrownBy(() -> this.responses.respond(this.sideA, this.log, confirmation, "side-a",
				Response.Stance.DISPUTED, "No.", null))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().get(0).code())
				.isEqualTo("response.target.unanswerable"));
	}

	@Test
	void aRetractedDisputeNoLongerStands() {
		long dispute = this.responses.respond(this.sideB, this.log, this.statement, "side-b", Response.Stance.DISPUTED,
				"Not all were released.", null).index();

		this.responses.withdraw(this.sideB, this.log, dispute, "Confirmed by the ICRC since.");

		assertThat(this.responses.to(this.log, this.statement)).singleElement().satisfies(r -> assertThat(r.stands()).isFalse());
		assertThat(this.responses.disputes(this.log)).isEmpty();
	}

	@Test
	void theFormRecordsADisputeAndNamesAMissingReasonInArabic() throws Exception {
		String page = this.mvc.perform(post("/logs/" + this.log + "/entries/" + this.statement + "/responses")
			.param("party", "side-b").param("stance", "disputed").param("note", "").param("link", "")
			.header("Accept-Language", "ar").with(csrf()).with(user(this.sideB)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("يذكر الاعتراض أسبابه.");

		this.mvc.perform(post("/logs/" + this.log + "/entries/" + this.statement + "/responses").param("party", "side-b")
			.param("stance", "disputed").param("note", "The count is wrong.").with(csrf()).with(user(this.sideB)))
			.andExpect(status().is3xxRedirection());
		assertThat(this.responses.disputes(this.log)).hasSize(1);
	}

	private RaqibUser liaison(String party) {
		return this.fixtures.user(this.log, Role.PARTY_LIAISON, party);
	}

}
