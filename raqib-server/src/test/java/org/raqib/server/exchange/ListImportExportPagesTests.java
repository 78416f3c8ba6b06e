package org.raqib.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
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
import org.raqib.server.person.LegalBasis;
import org.raqib.server.person.PersonData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A submitted list's export: for those with a need to know its party's persons, audited either way. */
@ContextTest
class ListImportExportPagesTests {

	static final List<String> NAMES = List.of("Amal Tajribi", "Samir Mithali", "Nadia Wahmiya");

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

	@Autowired
	JdbcClient jdbc;

	String id;

	RaqibUser mediator;

	@BeforeEach
	void aSubmittedListOfThreeInventedPersons() throws IOException {
		for (String code : List.of("egypt", "qatar", "united-states", "hamas", "israel", "icrc", "eubam-rafah", "wfp")) {
			if (this.parties.all().stream().noneMatch(p -> p.code().equals(code))) {
				this.parties.register(new PartyDetails(code, "طرف " + code, "Party " + code, true), Actor.SYSTEM);
			}
		}
		this.id = "x-" + UUID.randomUUID().toString().substring(0, 8);
		this.definitions.define(new AgreementDefinitions.Files(read("demo/agreements/gaza-2025.yaml")
			.replace("id: gaza-2025", "id: " + this.id), read("demo/geography/gaza-2025.geojson")), null, Actor.SYSTEM);
		this.mediator = principal(Role.MEDIATOR, "egypt");
		this.rounds.plan(this.mediator, this.id, new ReleaseRounds.Plan(1, Instant.parse("2025-01-19T12:00:00Z"), null, "icrc"));
		var persons = NAMES.stream()
			.map(name -> new ListedPerson(PersonData.named("اسم " + name.length(), name), Set.of(Category.CIVILIAN), null, Destination.HOME))
			.toList();
		this.lists.submit(this.mediator, this.id, new ListSubmission("round-1-hamas", 1, "hamas", LegalBasis.VITAL_INTEREST,
				LocalDate.of(2099, 12, 31), Instant.parse("2025-01-19T08:30:00Z"), persons));
	}

	@Test
	void anExportWithoutAGrantIsRefusedAndAudited() throws Exception {
		RaqibUser liaison = principal(Role.PARTY_LIAISON, "hamas");
		String body = this.mvc.perform(get(export()).param("reason", "prepare the handover").with(user(liaison)))
			.andExpect(status().isForbidden())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).doesNotContain(NAMES.toArray(String[]::new));
		assertThat(audited(liaison, "refused")).containsExactly("prepare the handover 3");
	}

	@Test
	void anExportWithAGrantGivesTheListsPersonsInOrderAndIsAudited() throws Exception {
		RaqibUser liaison = principal(Role.PARTY_LIAISON, "hamas");
		this.mvc.perform(post("/agreements/" + this.id + "/personal-data").param("username", liaison.getUsername())
			.param("party", "hamas").param("purpose", "exchange").with(csrf()).with(user(this.mediator)))
			.andExpect(status().is3xxRedirection());
		String csv = this.mvc.perform(get(export()).param("reason", "prepare the handover").with(user(liaison)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv.lines().skip(1).map(line -> line.split(",")[1]).toList()).isEqualTo(NAMES);
		assertThat(audited(liaison, "read")).containsExactly("prepare the handover 3");
	}

	private String export() {
		return "/agreements/" + this.id + "/exchange/lists/round-1-hamas/export";
	}

	/** The user's audited reads of personal data with this outcome: each read's reason and count of persons. */
	private List<String> audited(RaqibUser user, String outcome) {
		return this.jdbc.sql("SELECT reason, persons FROM person_read WHERE username = :u AND outcome = :o")
			.param("u", user.getUsername())
			.param("o", outcome)
			.query((row, n) -> row.getString("reason") + " " + row.getInt("persons"))
			.list();
	}

	private RaqibUser principal(Role role, String party) {
		String name = "export-" + UUID.randomUUID().toString().substring(0, 8);
		var account = this.users.create(new NewUser(name, name, null, role, this.id, party), Actor.SYSTEM).user();
		return this.users.principal(account.id());
	}

	private static String read(String path) throws IOException {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
