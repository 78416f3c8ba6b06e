package org.raqib.server.osint;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
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
import org.raqib.server.movement.CrossingMovements;
import org.raqib.server.movement.Direction;
import org.raqib.server.movement.MovementCategory;
import org.raqib.server.movement.Passage;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** A fresh copy of the demo's Gaza agreement per test, its users, and news written for the test. */
@Component
class OsintFixtures {

	/** The users of one test's agreement; {@code eubam} is a monitor of the Rafah mission. */
	record Room(String id, RaqibUser mediator, RaqibUser liaison, RaqibUser eubam, RaqibUser viewer) {
	}

	private final AgreementDefinitions definitions;

	private final PartyAdministration parties;

	private final UserAdministration users;

	private final CrossingMovements movements;

	OsintFixtures(AgreementDefinitions definitions, PartyAdministration parties, UserAdministration users,
			CrossingMovements movements) {
		this.definitions = definitions;
		this.parties = parties;
		this.users = users;
		this.movements = movements;
	}

	Room room() throws IOException {
		for (String code : List.of("egypt", "qatar", "united-states", "hamas", "israel", "icrc", "eubam-rafah", "wfp")) {
			if (this.parties.all().stream().noneMatch(p -> p.code().equals(code))) {
				this.parties.register(new PartyDetails(code, "طرف " + code, "Party " + code, true), Actor.SYSTEM);
			}
		}
		String id = "n-" + UUID.randomUUID().toString().substring(0, 8);
		this.definitions.define(new AgreementDefinitions.Files(read("demo/agreements/gaza-2025.yaml")
			.replace("id: gaza-2025", "id: " + id), read("demo/geography/gaza-2025.geojson")), null, Actor.SYSTEM);
		return new Room(id, user(Role.MEDIATOR, id, "egypt"), user(Role.PARTY_LIAISON, id, "israel"),
				user(Role.MONITOR, id, "eubam-rafah"), user(Role.VIEWER, id, null));
	}

	/** Patients out through Rafah, counted by the mission's monitor over the hour before {@code at}. */
	long patients(Room room, long count, String at) {
		Instant to = Instant.parse(at);
		return this.movements.record(room.eubam(), room.id(), new CrossingMovements.CountRequest("eubam-rafah",
				Passage.crossing("rafah-crossing"), Direction.OUT, MovementCategory.PATIENT, count, null,
				to.minusSeconds(3600), to)).index();
	}

	/** One article as a JSON line. */
	static byte[] article(String source, String title, String body, String published, String language) {
		return ("{\"source\": \"" + source + "\", \"title\": \"" + title + "\", \"body\": \"" + body
				+ "\", \"published\": \"" + published + "\", \"language\": \"" + language + "\"}\n")
			.getBytes(StandardCharsets.UTF_8);
	}

	private RaqibUser user(Role role, String agreement, @Nullable String party) {
		String name = "os-" + UUID.randomUUID().toString().substring(0, 8);
		var account = this.users.create(new NewUser(name, name, null, role, agreement, party), Actor.SYSTEM).user();
		return this.users.principal(account.id());
	}

	private static String read(String path) throws IOException {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
