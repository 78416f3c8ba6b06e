package org.raqib.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.raqib.server.ContextTest;
import org.raqib.server.record.LogReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@ContextTest
class ExchangeApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ExchangeFixtures fixtures;

	@Autowired
	ExchangeLists lists;

	@Autowired
	LogReader reader;

	ExchangeFixtures.Room room;

	String base;

	@BeforeEach
	void anAgreement() throws Exception {
		this.room = this.fixtures.room();
		this.base = "/api/v1/agreements/" + this.room.id() + "/exchange";
	}

	@Test
	void aMediatorPlansARoundAndALiaisonSubmitsItsList() throws Exception {
		this.mvc.perform(post(this.base + "/rounds").contentType(MediaType.APPLICATION_JSON).with(user(this.room.mediator()))
			.content("""
					{"round": 1, "plannedAt": "2025-01-19T14:00:00Z", "place": "Gaza City", "intermediary": "icrc"}
					"""))
			.andExpect(status().isCreated());
		this.mvc.perform(post(this.base + "/lists").contentType(MediaType.APPLICATION_JSON).with(user(this.room.hamas()))
			.content("""
					{"listId": "round-1-hamas", "round": 1, "party": "hamas", "legalBasis": "vital-interest",
					 "retainUntil": "2099-01-01", "handedOverAt": "2025-01-18T12:00:00Z",
					 "persons": [{"nameLatin": "Invented Person One", "birthYear": 1990, "categories": ["civilian", "woman"],
					              "destination": "home"}]}
					"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.persons").value(1));

		this.mvc.perform(get(this.base + "/rounds/1").with(user(this.room.mediator())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.round.status").value("PLANNED"))
			.andExpect(jsonPath("$.parties[0].party").value("hamas"))
			.andExpect(jsonPath("$.parties[0].listed").value(1));
		this.mvc.perform(get(this.base + "/lists/round-1-hamas").with(user(this.room.viewer())))
			.andExpect(status().isForbidden());
	}

	@Test
	void aListBodyWithProblemsNamesEachPersonsFieldAndNothingIsApplied() throws Exception {
		this.fixtures.planRound(this.room, 1, "2025-01-19T14:00:00Z");
		long size = this.reader.summary(this.room.id()).size();

		String body = this.mvc.perform(post(this.base + "/lists").contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "ar").with(user(this.room.hamas()))
			.content("""
					{"listId": "round-1-hamas", "round": 1, "party": "hamas", "legalBasis": "vital-interest",
					 "retainUntil": "2099-01-01", "handedOverAt": "2025-01-18T12:00:00Z",
					 "persons": [{"nameLatin": "Invented A", "categories": ["general"], "destination": "home"},
					             {"nameLatin": "Invented B", "categories": ["civilian"], "destination": "moon"}]}
					"""))
			.andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

		assertThat(body).contains("persons[0].categories", "persons[1].destination", "فئة غير معروفة: general");
		assertThat(this.reader.summary(this.room.id()).size()).isEqualTo(size);
		assertThat(this.lists.find(this.room.id(), "round-1-hamas")).isEmpty();
	}

	@Test
	void aStepByAPartyTheUserDoesNotActForIsRefused() throws Exception {
		this.fixtures.planRound(this.room, 1, "2025-01-19T14:00:00Z");
		var persons = this.fixtures.submit(this.room, this.room.hamas(), "hamas", 1, 1, null, Category.CIVILIAN);

		this.mvc.perform(post(this.base + "/rounds/1/steps").contentType(MediaType.APPLICATION_JSON)
			.with(user(this.room.hamas()))
			.content("{\"step\": \"identity-confirmed\", \"party\": \"icrc\", \"persons\": [\"" + persons.get(0).value()
					+ "\"], \"occurredAt\": \"2025-01-19T13:00:00Z\"}"))
			.andExpect(status().isForbidden());
	}

}
