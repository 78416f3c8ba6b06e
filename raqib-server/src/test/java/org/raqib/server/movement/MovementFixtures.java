package org.raqib.server.movement;

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
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** A fresh copy of the demo's Gaza agreement per test, and the room's users. */
@Component
class MovementFixtures {

	/** The users of one test's agreement; {@code eubam} is a monitor of the Rafah mission. */
	record Room(String id, RaqibUser mediator, RaqibUser israel, RaqibUser hamas, RaqibUser eubam, RaqibUser viewer) {
	}

	private final AgreementDefinitions definitions;

	private final PartyAdministration parties;

	private final UserAdministration users;

	private final CrossingMovements movements;

	MovementFixtures(AgreementDefinitions definitions, PartyAdministration parties, UserAdministration users,
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
		String id = "m-" + UUID.randomUUID().toString().substring(0, 8);
		this.definitions.define(new AgreementDefinitions.Files(read("demo/agreements/gaza-2025.yaml")
			.replace("id: gaza-2025", "id: " + id), read("demo/geography/gaza-2025.geojson")), null, Actor.SYSTEM);
		return new Room(id, user(Role.MEDIATOR, id, "egypt"), user(Role.PARTY_LIAISON, id, "israel"),
				user(Role.PARTY_LIAISON, id, "hamas"), user(Role.MONITOR, id, "eubam-rafah"),
				user(Role.VIEWER, id, null));
	}

	/** A count at Rafah recorded by the mission's monitor, over the hour before {@code at}. */
	long rafah(Room room, MovementCategory category, long count, String at) {
		Instant to = Instant.parse(at);
		return this.movements.record(room.eubam(), room.id(), new CrossingMovements.CountRequest("eubam-rafah",
				Passage.crossing("rafah-crossing"), Direction.OUT, category, count, null, to.minusSeconds(3600), to))
			.index();
	}

	long route(Room room, String route, MovementCategory category, @Nullable TravelMode mode, long count, String at) {
		Instant to = Instant.parse(at);
		return this.movements.record(room.mediator(), room.id(), new CrossingMovements.CountRequest("egypt",
				Passage.route(route), Direction.IN, category, count, mode, to.minusSeconds(3600), to)).index();
	}

	private RaqibUser user(Role role, String agreement, @Nullable String party) {
		String name = "mv-" + UUID.randomUUID().toString().substring(0, 8);
		var account = this.users.create(new NewUser(name, name, null, role, agreement, party), Actor.SYSTEM).user();
		return this.users.principal(account.id());
	}

	private static String read(String path) throws IOException {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
