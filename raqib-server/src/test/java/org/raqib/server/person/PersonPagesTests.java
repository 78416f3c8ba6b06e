package org.raqib.server.person;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ContextTest
class PersonPagesTests {

	static final String LOG = "person-pages";

	@Autowired
	MockMvc mvc;

	@Autowired
	PersonStore store;

	@Autowired
	NeedToKnow needToKnow;

	@Autowired
	UserAdministration users;

	@Autowired
	PartyAdministration parties;

	RaqibUser admin;

	@BeforeEach
	void partyExists() {
		if (this.parties.all().stream().noneMatch(p -> p.code().equals("side-p"))) {
			this.parties.register(new PartyDetails("side-p", "طرف", "Side P", true), Actor.SYSTEM);
		}
		this.admin = this.users.principal(this.users.byUsername("admin").orElseThrow().id());
	}

	RaqibUser member(Role role) {
		String name = "pp" + UUID.randomUUID().toString().substring(0, 8);
		var created = this.users.create(new NewUser(name, "Pages", null, role, LOG, role.needsParty() ? "side-p" : null),
				Actor.SYSTEM);
		return this.users.principal(created.user().id());
	}

	@Test
	void anAdministratorGivesAGrantOnThePage() throws Exception {
		RaqibUser monitor = member(Role.MONITOR);
		this.mvc.perform(post("/agreements/" + LOG + "/personal-data").with(user(this.admin)).with(csrf())
			.param("username", monitor.getUsername())
			.param("party", "side-p")
			.param("purpose", "movement"))
			.andExpect(redirectedUrl("/agreements/" + LOG + "/personal-data"));
		this.mvc.perform(get("/agreements/" + LOG + "/personal-data").with(user(this.admin)).param("lang", "ar"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("أذونات الحاجة إلى المعرفة")))
			.andExpect(content().string(containsString(monitor.getUsername())))
			.andExpect(content().string(containsString("التنقل (عبور بأسماء)")));
	}

	@Test
	void aViewerIsRefusedOnTheFormWithTheReason() throws Exception {
		RaqibUser viewer = member(Role.VIEWER);
		this.mvc.perform(post("/agreements/" + LOG + "/personal-data").with(user(this.admin)).with(csrf())
			.param("username", viewer.getUsername())
			.param("party", "*")
			.param("purpose", "exchange")
			.param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("viewers and administrator-only accounts cannot")));
	}

	@Test
	void aMediatorOfAnotherAgreementIsRefused() throws Exception {
		var created = this.users.create(new NewUser("pp-other-mediator", "Other", null, Role.MEDIATOR, "elsewhere", null),
				Actor.SYSTEM);
		this.mvc.perform(get("/agreements/" + LOG + "/personal-data").with(user(this.users.principal(created.user().id()))))
			.andExpect(status().isForbidden());
	}

	@Test
	void aMemberWithoutAGrantIsToldSo() throws Exception {
		this.mvc.perform(get("/agreements/" + LOG + "/persons").with(user(member(Role.AGENCY))).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You have no need-to-know grant")));
	}

	@Test
	void theSearchShowsNamesInTheirScriptsAndTheAuditShowsTheReadWithoutThem() throws Exception {
		this.store.register(new PersonList(LOG, "pages-list", "side-p", Purpose.EXCHANGE, LegalBasis.PUBLIC_INTEREST,
				LocalDate.now().plusDays(30)), List.of(PersonData.named("مريم", "Maryam Pagetest")));
		RaqibUser liaison = member(Role.PARTY_LIAISON);
		this.needToKnow.give(this.admin, LOG, liaison.getUsername(), "side-p", Purpose.EXCHANGE);
		this.mvc.perform(post("/agreements/" + LOG + "/persons").with(user(liaison)).with(csrf())
			.param("q", "pagetest")
			.param("reason", "prepare the handover of round 3"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<bdi lang=\"ar\" dir=\"auto\">مريم</bdi>")))
			.andExpect(content().string(containsString("pages-list")));
		this.mvc.perform(get("/agreements/" + LOG + "/personal-data/audit").with(user(this.admin)).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("prepare the handover of round 3")))
			.andExpect(content().string(containsString(liaison.getUsername())))
			.andExpect(content().string(not(containsString("Maryam"))));
	}

	@Test
	void aSearchWithoutAReasonIsRefusedOnTheForm() throws Exception {
		RaqibUser liaison = member(Role.PARTY_LIAISON);
		this.needToKnow.give(this.admin, LOG, liaison.getUsername(), "side-p", Purpose.EXCHANGE);
		this.mvc.perform(post("/agreements/" + LOG + "/persons").with(user(liaison)).with(csrf()).param("q", "x")
			.param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Say why you need to read these persons now")));
	}

}
