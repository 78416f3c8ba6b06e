package org.raqib.server.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.raqib.server.system.InvalidInput;
import org.raqib.server.system.Rejected;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@ContextTest
class PersonStoreTests {

	static final String LOG = "person-tests";

	@Autowired
	PersonStore store;

	@Autowired
	NeedToKnow needToKnow;

	@Autowired
	UserAdministration users;

	@Autowired
	PartyAdministration parties;

	@Autowired
	JdbcClient jdbc;

	RaqibUser admin;

	@BeforeEach
	void partiesExist() {
		for (String code : List.of("side-a", "side-b")) {
			if (this.parties.all().stream().noneMatch(p -> p.code().equals(code))) {
				this.parties.register(new PartyDetails(code, "طرف " + code, "Side " + code, true), Actor.SYSTEM);
			}
		}
		this.admin = this.users.principal(this.users.byUsername("admin").orElseThrow().id());
	}

	RaqibUser user(Role role, String party) {
		String name = "p" + UUID.randomUUID().toString().substring(0, 8);
		var created = this.users.create(new NewUser(name, "Person tests", null, role, LOG, party), Actor.SYSTEM);
		return this.users.principal(created.user().id());
	}

	/** A liaison of side A who may read side A's persons for the exchange. */
	RaqibUser reader() {
		RaqibUser liaison = user(Role.PARTY_LIAISON, "side-a");
		this.needToKnow.give(this.admin, LOG, liaison.getUsername(), "side-a", Purpose.EXCHANGE);
		return liaison;
	}

	List<Registered> register(String party, PersonData... persons) {
		return this.store.register(new PersonList(LOG, "list-" + UUID.randomUUID(), party, Purpose.EXCHANGE,
				LegalBasis.VITAL_INTEREST, LocalDate.now().plusYears(1)), List.of(persons));
	}

	@Test
	void storesNoNameInClear() {
		String name = "Unmistakable Testname";
		PersonRef ref = register("side-a", PersonData.named("اسم فريد", name)).get(0).ref();
		byte[] stored = this.jdbc.sql("SELECT ciphertext FROM person WHERE ref = :ref")
			.param("ref", ref.value())
			.query(byte[].class)
			.single();
		String asText = new String(stored, StandardCharsets.ISO_8859_1);
		assertThat(asText).doesNotContain(new String(name.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1))
			.doesNotContain(new String("اسم فريد".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
		assertThat(ref.value()).matches(PersonRef.FORMAT.pattern());
	}

	@Test
	void theCommitmentRecomputesFromTheOpening() {
		Registered registered = register("side-a", new PersonData("سامي", "Sami", null, "123456789",
				LocalDate.of(1985, 1, 2), null, "Gaza")).get(0);
		var opening = this.store.open(reader(), LOG, registered.ref(), Purpose.EXCHANGE, "verify the handover");
		assertThat(opening.salt()).hasSize(32);
		assertThat(PersonEncoding.commitment(opening.salt(), opening.encoding())).isEqualTo(registered.commitment())
			.isEqualTo(opening.commitment());
		assertThat(new String(opening.encoding(), StandardCharsets.UTF_8)).startsWith("raqib-person/v1\nname-ar=سامي\n");
	}

	@Test
	void readsTheGrantedPartysPersonsAndAuditsTheRead() {
		PersonRef ref = register("side-a", PersonData.named("ليلى", "Layla")).get(0).ref();
		var read = this.store.read(reader(), LOG, List.of(ref), Purpose.EXCHANGE, "prepare the handover");
		assertThat(read.get(ref).nameLatin()).isEqualTo("Layla");
		assertThat(audited(ref, "read")).isEqualTo(1);
	}

	@Test
	void aUserWithoutAGrantIsRefusedAndTheRefusalIsAudited() {
		PersonRef ref = register("side-a", PersonData.named("سعاد", "Suad")).get(0).ref();
		RaqibUser liaison = user(Role.PARTY_LIAISON, "side-a");
		assertThatThrownBy(() -> this.store.read(liaison, LOG, List.of(ref), Purpose.EXCHANGE, "curious"))
			.isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.rule()).isEqualTo("NO_NEED_TO_KNOW"))
			.hasMessageNotContaining("Suad");
		assertThat(audited(ref, "refused")).isEqualTo(1);
	}

	@Test
	void aGrantForOnePartyDoesNotReadAnothersPersons() {
		PersonRef other = register("side-b", PersonData.named("خالد", "Khaled")).get(0).ref();
		RaqibUser reader = reader();
		assertThat(this.store.mayRead(reader, LOG, "side-b", Purpose.EXCHANGE)).isFalse();
		assertThatThrownBy(() -> this.store.read(reader, LOG, List.of(other), Purpose.EXCHANGE, "look"))
			.isInstanceOf(Rejected.class);
	}

	@Test
	void aGrantForOnePurposeDoesNotServeAnother() {
		RaqibUser reader = reader();
		assertThat(this.store.mayRead(reader, LOG, "side-a", Purpose.EXCHANGE)).isTrue();
		assertThat(this.store.mayRead(reader, LOG, "side-a", Purpose.MOVEMENT)).isFalse();
	}

	@Test
	void aReadNeedsAReason() {
		PersonRef ref = register("side-a", PersonData.named("نور", "Nour")).get(0).ref();
		assertThatThrownBy(() -> this.store.read(reader(), LOG, List.of(ref), Purpose.EXCHANGE, " "))
			.isInstanceOfSatisfying(InvalidInput.class,
					e -> assertThat(e.problems().get(0).code()).isEqualTo("person.reason.missing"));
	}

	@Test
	void searchFindsNamesAcrossScriptsAndHamzaAndTaMarbutaVariants() {
		String unique = "زززق";
		PersonRef osama = register("side-a", PersonData.named("أسامة " + unique, "Osama Zzzq")).get(0).ref();
		RaqibUser reader = reader();
		assertThat(this.store.search(reader, LOG, "اسامه " + unique, Purpose.EXCHANGE, "find him", 10))
			.extracting(PersonStore.Found::ref).containsExactly(osama);
		assertThat(this.store.search(reader, LOG, "OSAMA  zzzq", Purpose.EXCHANGE, "find him", 10))
			.extracting(PersonStore.Found::ref).containsExactly(osama);
		assertThat(audited(osama, "read")).isEqualTo(2);
	}

	@Test
	void searchFindsAnIdNumberAndOnlyTheGrantedPartys() {
		PersonRef mine = register("side-a", new PersonData(null, "Idnum One", null, "987650001", null, 1970, null)).get(0)
			.ref();
		register("side-b", new PersonData(null, "Idnum Two", null, "987650001", null, 1971, null));
		assertThat(this.store.search(reader(), LOG, "987650001", Purpose.EXCHANGE, "match the ID", 10))
			.extracting(PersonStore.Found::ref).containsExactly(mine);
	}

	@Test
	void searchWithoutAGrantIsRefusedAndAudited() {
		RaqibUser monitor = user(Role.MONITOR, "side-b");
		long before = refusals(monitor.getUsername());
		assertThatThrownBy(() -> this.store.search(monitor, LOG, "x", Purpose.EXCHANGE, "look", 10))
			.isInstanceOf(Rejected.class);
		assertThat(refusals(monitor.getUsername())).isEqualTo(before + 1);
	}

	@Test
	void aViewerCannotBeGranted() {
		RaqibUser viewer = user(Role.VIEWER, null);
		assertThatThrownBy(() -> this.needToKnow.give(this.admin, LOG, viewer.getUsername(), "*", Purpose.EXCHANGE))
			.isInstanceOfSatisfying(InvalidInput.class,
					e -> assertThat(e.problems().get(0).code()).isEqualTo("person.grant.not-in-room"));
	}

	@Test
	void anAdministratorOnlyAccountCannotBeGranted() {
		assertThatThrownBy(() -> this.needToKnow.give(this.admin, LOG, "admin", "*", Purpose.EXCHANGE))
			.isInstanceOf(InvalidInput.class);
	}

	@Test
	void onlyAnAdministratorOrAMediatorGivesGrants() {
		RaqibUser liaison = user(Role.PARTY_LIAISON, "side-a");
		assertThatThrownBy(() -> this.needToKnow.give(liaison, LOG, liaison.getUsername(), "side-a", Purpose.EXCHANGE))
			.isInstanceOf(Rejected.class);
		RaqibUser mediator = user(Role.MEDIATOR, null);
		assertThat(this.needToKnow.give(mediator, LOG, liaison.getUsername(), "side-a", Purpose.EXCHANGE).active()).isTrue();
	}

	@Test
	void aRevokedGrantNoLongerReads() {
		RaqibUser reader = reader();
		var grant = this.needToKnow.ofLog(LOG).stream().filter(g -> g.username().equals(reader.getUsername())).findFirst()
			.orElseThrow();
		this.needToKnow.revoke(this.admin, LOG, grant.id());
		assertThat(this.store.mayRead(reader, LOG, "side-a", Purpose.EXCHANGE)).isFalse();
	}

	@Test
	void invalidPersonsAreRefusedNamingTheFieldNotTheValue() {
		assertThatThrownBy(() -> register("side-a", PersonData.named("سليم", "Salim"),
				new PersonData(null, null, " ", null, null, null, null),
				new PersonData("حسن", null, null, "12\n34", LocalDate.of(1990, 1, 1), 1991, null)))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
				.extracting(p -> p.field() + " " + p.code())
				.containsExactly("persons[1].nameAr person.name.missing", "persons[2].idNumber person.id-number.format",
						"persons[2].birthYear person.birth-year.contradicts"))
			.hasMessageNotContaining("حسن");
	}

	@Test
	void tenThousandPersonsRegisterInSeconds() {
		var persons = new ArrayList<PersonData>();
		for (int i = 0; i < 10_000; i++) {
			persons.add(new PersonData("شخص " + i, "Person " + i, null, "9" + (100000 + i), null, 1980 + i % 30, "Gaza"));
		}
		long start = System.nanoTime();
		List<Registered> registered = register("side-b", persons.toArray(PersonData[]::new));
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
		assertThat(registered).hasSize(10_000).doesNotHaveDuplicates();
	}

	long audited(PersonRef ref, String outcome) {
		return this.jdbc.sql("""
				SELECT COUNT(*) FROM person_read r JOIN person_read_subject s ON s.read_id = r.id
				WHERE s.ref = :ref AND r.outcome = :outcome
				""").param("ref", ref.value()).param("outcome", outcome).query(Long.class).single();
	}

	long refusals(String username) {
		return this.jdbc.sql("SELECT COUNT(*) FROM person_read WHERE username = :u AND outcome = 'refused'")
			.param("u", username)
			.query(Long.class)
			.single();
	}

}
