package org.raqib.server.record;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.raqib.server.ContextTest;
import org.raqib.server.access.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Need to know: the structure is public, a statement's payload is for the room's members only. */
@ContextTest
class PayloadAccessTests {

	@Autowired
	RecordFixtures fixtures;

	@Autowired
	Appending appending;

	@Autowired
	MockMvc mvc;

	LogInfo log;

	long statement;

	@BeforeEach
	void aLogWithAStatement() {
		this.log = this.fixtures.log();
		this.statement = this.appending.append(this.log.id(), StatementKind.NAME, "side-a", "tester",
				new StatementText(null, "confidential until published", "2025-01-19T06:30:00Z", null).payload(),
				List.of()).index();
	}

	@Test
	void anonymousReadersGetTheStructureButNoPayload() throws Exception {
		this.mvc.perform(get("/api/v1/logs/" + this.log.id() + "/entries/" + this.statement)).andExpect(status().isOk());
		this.mvc.perform(get("/log/" + this.log.id() + "/tile/entries/000.p/" + (this.statement + 1)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/logs/" + this.log.id() + "/payloads/" + this.statement))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.rule").value("NEED_TO_KNOW"));
	}

	@Test
	void aViewerGetsNoPayload() throws Exception {
		String token = this.fixtures.token(this.fixtures.user(this.log.id(), Role.VIEWER, null));
		this.mvc.perform(get("/api/v1/logs/" + this.log.id() + "/payloads/" + this.statement)
			.header("Authorization", "Bearer " + token)).andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/logs/" + this.log.id() + "/statements").header("Authorization", "Bearer " + token))
			.andExpect(status().isForbidden());
	}

	@Test
	void aMemberOfAnotherAgreementsRoomGetsNoPayload() throws Exception {
		String token = this.fixtures.token(this.fixtures.user("another-agreement", Role.AGENCY, "agency-w"));
		this.mvc.perform(get("/api/v1/logs/" + this.log.id() + "/payloads/" + this.statement)
			.header("Authorization", "Bearer " + token)).andExpect(status().isForbidden());
	}

	@Test
	void anAgencyOfThisRoomReadsThePayload() throws Exception {
		String token = this.fixtures.token(this.fixtures.user(this.log.id(), Role.AGENCY, "agency-w"));
		this.mvc.perform(get("/api/v1/logs/" + this.log.id() + "/payloads/" + this.statement)
			.header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.textEn").value("confidential until published"));
	}

	@Test
	void theRosterIsPublicBecauseEveryVerifierNeedsIt() throws Exception {
		this.mvc.perform(get("/api/v1/logs/" + this.log.id() + "/payloads/0")).andExpect(status().isOk());
	}

}
