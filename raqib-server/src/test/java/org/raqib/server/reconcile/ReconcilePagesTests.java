package org.raqib.server.reconcile;

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
import org.raqib.server.exchange.Category;
import org.raqib.server.exchange.Destination;
import org.raqib.server.exchange.ExchangeLists;
import org.raqib.server.exchange.ListMember;
import org.raqib.server.exchange.ListSubmission;
import org.raqib.server.exchange.ListedPerson;
import org.raqib.server.exchange.ReleaseRounds;
import org.raqib.server.person.LegalBasis;
import org.raqib.server.person.PersonData;
import org.raqib.server.person.PersonRef;
import org.raqib.server.record.LogReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Two demo-like lists of the same persons, the second written by the other side: reconciled for those with
 * a need to know both lists' persons, in both languages; a decision on the probable pair recorded as an
 * entry naming persons by reference only; viewers and users without a grant refused.
 */
@ContextTest
class ReconcilePagesTests {

	static final List<PersonData> HAMAS = List.of(
			new PersonData("محمد أحمد علي الحداد", "Mohammed Ahmad Ali al-Haddad", null, "401234567", null, 1990, null),
			new PersonData("خالد محمود يوسف النجار", "Khaled Mahmoud Yousef al-Najjar", null, "402345678", null, 1985, null),
			new PersonData("يوسف حسن عمر عودة", null, null, null, null, 1978, null),
			new PersonData("فاطمة سامي طارق العطار", "Fatima Sami Tareq al-Attar", null, null, null, 1995, null),
			new PersonData("عبد الله وليد ماهر البيطار", "Abdallah Walid Maher al-Bitar", null, null, null, 1980, null));

	static final List<PersonData> ISRAEL = List.of(
			new PersonData(null, "Muhammad Ahmed al-Haddad", null, "401234567", null, null, null),
			new PersonData(null, "NAJJAR, Khalid Mahmoud", null, null, null, 1985, null),
			new PersonData(null, null, "יוסף חסן עודה", null, null, 1978, null),
			new PersonData(null, "Fatima al-Attar", null, null, null, null, null),
			new PersonData(null, "Omar Sami al-Khatib", null, null, null, 1970, null));

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
	LogReader logs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ComparisonLists comparisonLists;

	String id;

	RaqibUser mediator;

	@BeforeEach
	void twoListsOfTheSamePersonsSpelledByEachSide() throws Exception {
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
		submit("round-1-hamas", "hamas", HAMAS);
		submit("round-1-israel-expected", "israel", ISRAEL);
		grant(this.mediator, "*");
	}

	@Test
	void reconcilesMatchedProbableAndUnmatchedInEnglish() throws Exception {
		String page = reconcile(this.mediator, "en");

		assertThat(page).contains("3 matched, 1 probable, 1 only on the first list, 1 only on the second.",
				"Probable: to confirm or reject (1)", "Fatima al-Attar", "فاطمة سامي طارق العطار",
				"A name part left out on one side", "Omar Sami al-Khatib", "عبد الله وليد ماهر البيطار",
				"A known spelling variant of the same name", "Same ID number", "Confirm: one person")
			.doesNotContain("??");
	}

	@Test
	void reconcilesInArabic() throws Exception {
		String page = reconcile(this.mediator, "ar");

		assertThat(page).contains("lang=\"ar\"", "dir=\"rtl\"", "مطابقة قائمتين", "محتمل: للتأكيد أو الرفض (1)",
				"جزء من الاسم محذوف في أحد الجانبين", "تأكيد: شخص واحد").doesNotContain("??");
	}

	@Test
	void aDecisionIsAnEntryNamingPersonsByReferenceOnly() throws Exception {
		PersonRef left = ref("round-1-hamas", 3);
		PersonRef right = ref("round-1-israel-expected", 3);

		String page = this.mvc.perform(form("/decisions", this.mediator, "en").param("leftRef", left.value())
			.param("rightRef", right.value()).param("decision", "confirmed"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

		long index = this.jdbc.sql("SELECT idx FROM reconcile_decision WHERE log_id = :log").param("log", this.id)
			.query(Long.class).single();
		String payload = new String(this.logs.payload(this.id, index, this.mediator).orElseThrow(), StandardCharsets.UTF_8);
		assertThat(this.logs.entry(this.id, index).kind()).isEqualTo("reconcile.match-decision/v1");
		assertThat(payload).contains(left.value(), right.value(), "round-1-hamas", "round-1-israel-expected",
				"\"decision\":\"confirmed\"", "part-missing")
			.doesNotContain("Fatima", "فاطمة", "Attar", "العطار", "1995", "Sami");
		assertThat(page).contains("The decision is recorded as entry", "Confirmed as one person");
		assertThat(reconcile(this.mediator, "en")).contains("Confirmed as one person");
	}

	@Test
	void aMatchedPairIsNotDecidedAgain() throws Exception {
		String page = this.mvc.perform(form("/decisions", this.mediator, "en")
			.param("leftRef", ref("round-1-hamas", 0).value()).param("rightRef", ref("round-1-israel-expected", 0).value())
			.param("decision", "rejected"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

		assertThat(page).contains("This pair is not probable any more");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM reconcile_decision WHERE log_id = :log").param("log", this.id)
			.query(Long.class).single()).isZero();
	}

	@Test
	void aViewerIsRefused() throws Exception {
		RaqibUser viewer = principal(Role.VIEWER, null);
		this.mvc.perform(form("", viewer, "en")).andExpect(status().isForbidden());
		this.mvc.perform(get("/agreements/" + this.id + "/reconcile").with(user(viewer))).andExpect(status().isForbidden());
	}

	@Test
	void aLiaisonWithoutAGrantForBothListsIsRefusedAndAudited() throws Exception {
		RaqibUser liaison = principal(Role.PARTY_LIAISON, "hamas");
		grant(liaison, "hamas");

		String body = this.mvc.perform(form("", liaison, "en")).andExpect(status().isForbidden()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);

		assertThat(body).contains("You hold no need-to-know grant").doesNotContain("Fatima", "فاطمة");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM person_read WHERE username = :u AND outcome = 'refused'")
			.param("u", liaison.getUsername()).query(Long.class).single()).isEqualTo(1);
		this.mvc.perform(form("/export", liaison, "en")).andExpect(status().isForbidden());
	}

	@Test
	void aLiaisonWithGrantsForBothListsReconcilesAndExports() throws Exception {
		RaqibUser liaison = principal(Role.PARTY_LIAISON, "hamas");
		grant(liaison, "hamas");
		grant(liaison, "israel");

		String csv = this.mvc.perform(form("/export", liaison, "en")).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);

		assertThat(csv.lines().toList()).hasSize(7);
		assertThat(csv).startsWith("\uFEFFstanding,score,reasons,decision,left_list,left_ref")
			.contains("probable,0.865,", "فاطمة سامي طارق العطار", "Fatima al-Attar", "left-only", "right-only");
	}

	@Test
	void theIntermediarysListIsWrittenByReferenceAndReconciled() throws Exception {
		long index = this.comparisonLists.write("demo", this.id, new ComparisonLists.NewList("round-1-icrc", "icrc",
				LegalBasis.VITAL_INTEREST, LocalDate.of(2099, 12, 31), ISRAEL));

		String payload = new String(this.logs.payload(this.id, index, this.mediator).orElseThrow(), StandardCharsets.UTF_8);
		assertThat(this.logs.entry(this.id, index).party()).isEqualTo("icrc");
		assertThat(payload).contains("round-1-icrc", "sha256:", "p-").doesNotContain("Haddad", "Omar", "401234567", "יוסף");
		String page = this.mvc.perform(post("/agreements/" + this.id + "/reconcile").param("left", "round-1-hamas")
			.param("right", "round-1-icrc").param("reason", "check the intermediary's copy").header("Accept-Language", "en")
			.with(csrf()).with(user(this.mediator)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("3 matched, 1 probable, 1 only on the first list, 1 only on the second.");
	}

	@Test
	void theFormListsTheHandedOverLists() throws Exception {
		String page = this.mvc.perform(get("/agreements/" + this.id + "/reconcile").with(user(this.mediator))
			.header("Accept-Language", "en")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(page).contains("round-1-hamas · hamas · 5 persons", "round-1-israel-expected · israel · 5 persons")
			.doesNotContain("Fatima");
	}

	private String reconcile(RaqibUser user, String language) throws Exception {
		return this.mvc.perform(form("", user, language)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private MockHttpServletRequestBuilder form(String path, RaqibUser user, String language) {
		return post("/agreements/" + this.id + "/reconcile" + path).param("left", "round-1-hamas")
			.param("right", "round-1-israel-expected").param("reason", "check the lists before the handover")
			.header("Accept-Language", language).with(csrf()).with(user(user));
	}

	private void submit(String listId, String party, List<PersonData> persons) {
		this.lists.submit(this.mediator, this.id, new ListSubmission(listId, 1, party, LegalBasis.VITAL_INTEREST,
				LocalDate.of(2099, 12, 31), Instant.parse("2025-01-19T08:30:00Z"), persons.stream()
					.map(p -> new ListedPerson(p, Set.of(Category.CIVILIAN), null, Destination.HOME))
					.toList()));
	}

	private PersonRef ref(String listId, int position) {
		List<ListMember> members = this.lists.members(this.id, listId);
		return members.get(position).ref();
	}

	private void grant(RaqibUser user, String party) throws Exception {
		this.mvc.perform(post("/agreements/" + this.id + "/personal-data").param("username", user.getUsername())
			.param("party", party).param("purpose", "reconciliation").with(csrf()).with(user(this.mediator)))
			.andExpect(status().is3xxRedirection());
	}

	private RaqibUser principal(Role role, String party) {
		String name = "rec-" + UUID.randomUUID().toString().substring(0, 8);
		var account = this.users.create(new NewUser(name, name, null, role, this.id, party), Actor.SYSTEM).user();
		return this.users.principal(account.id());
	}

	private static String read(String path) throws IOException {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
