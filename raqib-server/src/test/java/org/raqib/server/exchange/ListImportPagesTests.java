package org.raqib.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.raqib.server.ContextTest;
import org.raqib.server.access.Actor;
import org.raqib.server.access.NewUser;
import org.raqib.server.access.PartyAdministration;
import org.raqib.server.access.PartyDetails;
import org.raqib.server.access.RaqibUser;
import org.raqib.server.access.Role;
import org.raqib.server.access.UserAdministration;
import org.raqib.server.agreement.AgreementDefinitions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** The list import wizard walked in both languages with lists of invented persons. */
@ContextTest
class ListImportPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AgreementDefinitions definitions;

	@Autowired
	PartyAdministration parties;

	@Autowired
	UserAdministration users;

	@Autowired
	ReleaseRounds rounds;

	@Autowired
	ExchangeLists lists;

	String id;

	String base;

	RaqibUser liaison;

	RaqibUser mediator;

	MockHttpSession session = new MockHttpSession();

	@BeforeEach
	void anAgreementWithALiaisonAndAMediator() throws IOException {
		for (String code : List.of("egypt", "qatar", "united-states", "hamas", "israel", "icrc", "eubam-rafah", "wfp")) {
			if (this.parties.all().stream().noneMatch(p -> p.code().equals(code))) {
				this.parties.register(new PartyDetails(code, "طرف " + code, "Party " + code, true), Actor.SYSTEM);
			}
		}
		this.id = "a-" + UUID.randomUUID().toString().substring(0, 8);
		this.definitions.define(new AgreementDefinitions.Files(read("demo/agreements/gaza-2025.yaml")
			.replace("id: gaza-2025", "id: " + this.id), read("demo/geography/gaza-2025.geojson")), null, Actor.SYSTEM);
		this.base = "/agreements/" + this.id + "/exchange/import";
		this.liaison = principal(Role.PARTY_LIAISON, this.id, "hamas");
		this.mediator = principal(Role.MEDIATOR, this.id, "egypt");
	}

	@Test
	void theFormPreselectsTheLiaisonsParty() throws Exception {
		this.mvc.perform(get(this.base).with(user(this.liaison)).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Import a list of persons")))
			.andExpect(content().string(containsString("<option value=\"hamas\" selected=\"selected\">")))
			.andExpect(content().string(containsString("Asia/Gaza")));
	}

	@Test
	void anUploadShowsTheFirstRowsAndTheSuggestedColumns() throws Exception {
		this.mvc.perform(upload("round-1.csv", "hamas", this.liaison))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Which column holds what")))
			.andExpect(content().string(containsString("Amal Tajribi")))
			.andExpect(content().string(containsString("<option value=\"5\" selected=\"selected\">Category</option>")))
			.andExpect(request().sessionAttribute(ListUpload.SESSION_KEY, org.hamcrest.Matchers.notNullValue()));
	}

	@Test
	void aValidListIsSummedUpBeforeItIsApplied() throws Exception {
		this.mvc.perform(upload("round-1.csv", "hamas", this.liaison)).andExpect(status().isOk());
		this.mvc.perform(mapping(this.liaison, "0", "1", "5", "7").param("column.id-number", "2")
			.param("column.date-of-birth", "3").param("column.for", "6"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Every row is valid: 3 persons.")))
			.andExpect(content().string(containsString("life-sentence")))
			.andExpect(content().string(containsString("/exchange/import/apply")));
	}

	@Test
	void applyingSubmitsTheWholeListAndForgetsTheFile() throws Exception {
		planRoundOne();
		this.mvc.perform(upload("round-1.csv", "hamas", this.liaison)).andExpect(status().isOk());
		this.mvc.perform(mapping(this.liaison, "0", "1", "5", "7").param("column.id-number", "2")
			.param("column.date-of-birth", "3").param("column.place", "4").param("column.for", "6"))
			.andExpect(content().string(containsString("Every row is valid: 3 persons.")));
		this.mvc.perform(post(this.base + "/apply").with(csrf()).with(user(this.liaison)).session(this.session))
			.andExpect(redirectedUrl("/agreements/" + this.id + "/exchange/lists/round-1-test"))
			.andExpect(flash().attribute("notice", "exchange.import.applied"))
			.andExpect(request().sessionAttribute(ListUpload.SESSION_KEY, org.hamcrest.Matchers.nullValue()));
		assertThat(this.lists.get(this.id, "round-1-test").persons()).isEqualTo(3);
	}

	@Test
	void aSubmissionRefusedByTheRecordIsShownAndNothingIsApplied() throws Exception {
		this.mvc.perform(upload("round-1.csv", "hamas", this.liaison)).andExpect(status().isOk());
		this.mvc.perform(mapping(this.liaison, "0", "1", "5", "7")).andExpect(status().isOk());
		this.mvc.perform(post(this.base + "/apply").with(csrf()).with(user(this.liaison)).session(this.session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<code dir=\"ltr\">round</code>")));
		assertThat(this.lists.find(this.id, "round-1-test")).isEmpty();
	}

	@Test
	void everyProblemIsListedByRowAndColumnAndNothingIsApplied() throws Exception {
		planRoundOne();
		this.mvc.perform(upload("one-bad-row.csv", "hamas", this.liaison)).andExpect(status().isOk());
		this.mvc.perform(mapping(this.liaison, "0", "1", "3", "4"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nothing was submitted: 1 problems were found.")))
			.andExpect(content().string(containsString("<td class=\"num\">3</td>")))
			.andExpect(content().string(containsString("Unknown category pilot. The categories are: civilian, woman")))
			.andExpect(content().string(not(containsString("/exchange/import/apply"))));
		this.mvc.perform(post(this.base + "/apply").with(csrf()).with(user(this.liaison)).session(this.session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Unknown category pilot")));
		assertThat(this.lists.find(this.id, "round-1-test")).isEmpty();
	}

	@Test
	void problemsReadInArabic() throws Exception {
		this.mvc.perform(upload("one-bad-row.csv", "hamas", this.liaison)).andExpect(status().isOk());
		this.mvc.perform(mapping(this.liaison, "0", "1", "3", "4").header("Accept-Language", "ar"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("dir=\"rtl\"")))
			.andExpect(content().string(containsString("فئة غير معروفة: pilot")))
			.andExpect(content().string(not(containsString("??"))));
	}

	@Test
	void aMappingWithoutTheRequiredColumnsIsRefused() throws Exception {
		this.mvc.perform(upload("round-1.csv", "hamas", this.liaison)).andExpect(status().isOk());
		this.mvc.perform(post(this.base + "/mapping").param("column.place", "4").with(csrf()).with(user(this.liaison))
			.session(this.session).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose at least one name column.")))
			.andExpect(content().string(containsString("Choose the column.")));
	}

	@Test
	void aLiaisonSubmitsForItsOwnPartyOnlyAndTheFormKeepsItsValues() throws Exception {
		this.mvc.perform(upload("round-1.csv", "israel", this.liaison))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A liaison submits lists for its own party only.")))
			.andExpect(content().string(containsString("value=\"round-1-test\"")));
		this.mvc.perform(upload("round-1.csv", "israel", this.mediator))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Which column holds what")));
	}

	@Test
	void theFormsFieldsAreCheckedBeforeTheFile() throws Exception {
		this.mvc.perform(multipart(this.base).param("listId", "Round 1").param("round", "0").param("party", "hamas")
			.with(csrf()).with(user(this.liaison)).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Lower-case letters, digits and hyphens, up to 60")))
			.andExpect(content().string(containsString("A round number")))
			.andExpect(content().string(containsString("Choose the legal basis.")))
			.andExpect(content().string(containsString("A date after today.")));
	}

	@Test
	void aBadFileIsNamedInTheUsersLanguage() throws Exception {
		byte[] latin1 = "name,category,destination\nJos\u00e9,civilian,home\n".getBytes(StandardCharsets.ISO_8859_1);
		this.mvc.perform(form(multipart(this.base).file(new MockMultipartFile("file", "list.csv", "text/csv", latin1)),
				"hamas", this.liaison).header("Accept-Language", "ar"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("الملف ليس نصًا بترميز UTF-8 (السطر 2)")));
	}

	@Test
	void cancellingForgetsTheFile() throws Exception {
		this.mvc.perform(upload("round-1.csv", "hamas", this.liaison)).andExpect(status().isOk());
		this.mvc.perform(post(this.base + "/cancel").with(csrf()).with(user(this.liaison)).session(this.session))
			.andExpect(redirectedUrl("/agreements/" + this.id));
		this.mvc.perform(mapping(this.liaison, "0", "1", "5", "7"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The uploaded file is no longer held")));
	}

	@Test
	void someoneWithoutARoleInTheAgreementIsRefused() throws Exception {
		RaqibUser other = principal(Role.PARTY_LIAISON, "another-agreement", "hamas");
		this.mvc.perform(get(this.base).with(user(other))).andExpect(status().isForbidden());
	}

	private void planRoundOne() {
		this.rounds.plan(this.mediator, this.id, new ReleaseRounds.Plan(1, Instant.parse("2025-01-19T12:00:00Z"), null, "icrc"));
	}

	private MockMultipartHttpServletRequestBuilder upload(String fixture, String party, RaqibUser user) throws IOException {
		var file = new MockMultipartFile("file", fixture, "text/csv", read("exchange/" + fixture).getBytes(StandardCharsets.UTF_8));
		return form(multipart(this.base).file(file), party, user).header("Accept-Language", "en");
	}

	private MockMultipartHttpServletRequestBuilder form(MockMultipartHttpServletRequestBuilder request, String party, RaqibUser user) {
		return request.param("listId", "round-1-test").param("round", "1").param("party", party)
			.param("legalBasis", "vital-interest").param("retainUntil", "2099-12-31")
			.param("handedOverAt", "2025-01-19T08:30").with(csrf()).with(user(user)).session(this.session);
	}

	private MockHttpServletRequestBuilder mapping(RaqibUser user, String nameAr, String nameLatin, String categories,
			String destination) {
		return post(this.base + "/mapping").param("column.name-ar", nameAr).param("column.name-latin", nameLatin)
			.param("column.categories", categories).param("column.destination", destination).with(csrf())
			.with(user(user)).session(this.session);
	}

	private RaqibUser principal(Role role, String agreement, String party) {
		String name = "import-" + UUID.randomUUID().toString().substring(0, 8);
		var account = this.users.create(new NewUser(name, name, null, role, agreement, party), Actor.SYSTEM).user();
		return this.users.principal(account.id());
	}

	private static String read(String path) throws IOException {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
