package org.raqib.server.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
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
import org.raqib.server.person.PersonRef;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** A fresh copy of the demo's Gaza agreement per test, the room's users, and lists of invented persons. */
@Component
class ExchangeFixtures {

	/** The users of one test's agreement. */
	record Room(String id, RaqibUser mediator, RaqibUser hamas, RaqibUser israel, RaqibUser icrc, RaqibUser viewer) {
	}

	private final AgreementDefinitions definitions;

	private final PartyAdministration parties;

	private final UserAdministration users;

	private final ReleaseRounds rounds;

	private final ExchangeLists lists;

	private final PersonPaths paths;

	ExchangeFixtures(AgreementDefinitions definitions, PartyAdministration parties, UserAdministration users,
			ReleaseRounds rounds, ExchangeLists lists, PersonPaths paths) {
		this.definitions = definitions;
		this.parties = parties;
		this.users = users;
		this.rounds = rounds;
		this.lists = lists;
		this.paths = paths;
	}

	Room room() throws IOException {
		for (String code : List.of("egypt", "qatar", "united-states", "hamas", "israel", "icrc", "eubam-rafah", "wfp")) {
			if (this.parties.all().stream().noneMatch(p -> p.code().equals(code))) {
				this.parties.register(new PartyDetails(code, "طرف " + code, "Party " + code, true), Actor.SYSTEM);
			}
		}
		String id = "x-" + UUID.randomUUID().toString().substring(0, 8);
		this.definitions.define(new AgreementDefinitions.Files(read("demo/agreements/gaza-2025.yaml")
			.replace("id: gaza-2025", "id: " + id), read("demo/geography/gaza-2025.geojson")), null, Actor.SYSTEM);
		return new Room(id, user(Role.MEDIATOR, id, "egypt"), user(Role.PARTY_LIAISON, id, "hamas"),
				user(Role.PARTY_LIAISON, id, "israel"), user(Role.PARTY_LIAISON, id, "icrc"), user(Role.VIEWER, id, null));
	}

	void planRound(Room room, int n, String at) {
		this.rounds.plan(room.mediator(), room.id(), new ReleaseRounds.Plan(n, Instant.parse(at), "Gaza City", "icrc"));
	}

	/** A list of invented persons, all of the same categories. */
	List<PersonRef> submit(Room room, RaqibUser by, String party, int round, int count, @Nullable Category forCategory,
			Category... categories) {
		var persons = new ArrayList<ListedPerson>();
		for (int i = 0; i < count; i++) {
			persons.add(new ListedPerson(person(party, round, i), EnumSet.of(categories[0], categories), forCategory,
					Destination.HOME));
		}
		String listId = "round-" + round + "-" + party;
		this.lists.submit(by, room.id(), new ListSubmission(listId, round, party, LegalBasis.VITAL_INTEREST,
				LocalDate.parse("2099-01-01"), Instant.parse("2025-01-18T12:00:00Z"), persons));
		return this.lists.members(room.id(), listId).stream().map(ListMember::ref).toList();
	}

	static PersonData person(String party, int round, int i) {
		return new PersonData("شخص " + party + " " + round + " " + i, "Person " + party + " " + round + " " + i, null,
				String.valueOf(900000000 + round * 10000 + i), null, 1980 + i % 30, null);
	}

	/** Identity confirmed, transferred, handed over and received, at the given time of release. */
	void walk(Room room, int round, RaqibUser custodian, String custodianParty, RaqibUser receiver, String receiverParty,
			List<PersonRef> persons, String released) {
		Instant at = Instant.parse(released);
		step(room, room.icrc(), PathStep.IDENTITY_CONFIRMED, round, "icrc", persons, at.minusSeconds(3600), null);
		long transfer = step(room, custodian, PathStep.TRANSFERRED, round, custodianParty, persons, at.minusSeconds(600),
				null);
		long handover = step(room, room.icrc(), PathStep.HANDED_OVER, round, "icrc", persons, at, transfer);
		step(room, receiver, PathStep.RECEIVED, round, receiverParty, persons, at.plusSeconds(600), handover);
	}

	long step(Room room, RaqibUser user, PathStep step, int round, String party, List<PersonRef> persons, Instant at,
			@Nullable Long joined) {
		return this.paths.record(user, room.id(), new PersonPaths.StepRequest(step, round, party, persons, at, null, null,
				joined)).index();
	}

	private RaqibUser user(Role role, String agreement, @Nullable String party) {
		String name = "ex-" + UUID.randomUUID().toString().substring(0, 8);
		var account = this.users.create(new NewUser(name, name, null, role, agreement, party), Actor.SYSTEM).user();
		return this.users.principal(account.id());
	}

	private static String read(String path) throws IOException {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
