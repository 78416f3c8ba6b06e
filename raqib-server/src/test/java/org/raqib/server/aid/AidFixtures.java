package org.raqib.server.aid;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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

/** A fresh copy of the demo's Gaza agreement per test, its aid recorders, and consignments walked through stages. */
@Component
class AidFixtures {

	/** The users of one test's agreement: a mediator, a monitor for EUBAM, an agency for WFP, a liaison, a viewer. */
	record Room(String id, RaqibUser mediator, RaqibUser monitor, RaqibUser agency, RaqibUser israel, RaqibUser viewer) {
	}

	static final List<Stage> TO_CROSSED = List.of(Stage.ARRIVED, Stage.INSPECTED, Stage.CLEARED, Stage.CROSSED);

	private final AgreementDefinitions definitions;

	private final PartyAdministration parties;

	private final UserAdministration users;

	private final Consignments consignments;

	AidFixtures(AgreementDefinitions definitions, PartyAdministration parties, UserAdministration users,
			Consignments consignments) {
		this.definitions = definitions;
		this.parties = parties;
		this.users = users;
		this.consignments = consignments;
	}

	Room room() throws IOException {
		for (String code : List.of("egypt", "qatar", "united-states", "hamas", "israel", "icrc", "eubam-rafah", "wfp")) {
			if (this.parties.all().stream().noneMatch(p -> p.code().equals(code))) {
				this.parties.register(new PartyDetails(code, "طرف " + code, "Party " + code, true), Actor.SYSTEM);
			}
		}
		String id = "a-" + UUID.randomUUID().toString().substring(0, 8);
		this.definitions.define(new AgreementDefinitions.Files(read("demo/agreements/gaza-2025.yaml")
			.replace("id: gaza-2025", "id: " + id), read("demo/geography/gaza-2025.geojson")), null, Actor.SYSTEM);
		return new Room(id, user(Role.MEDIATOR, id, "egypt"), user(Role.MONITOR, id, "eubam-rafah"),
				user(Role.AGENCY, id, "wfp"), user(Role.PARTY_LIAISON, id, "israel"), user(Role.VIEWER, id, null));
	}

	static Consignments.NewConsignment consignment(String reference, String crossing, String destination, int trucks,
			String cargo, String at) {
		return new Consignments.NewConsignment(reference, "WFP", "Al-Arish", crossing, destination, trucks,
				List.of(new Consignment.Line(cargo, trucks * 20L, "fuel".equals(cargo) ? "litres" : "tonnes")),
				Instant.parse(at));
	}

	/** Registers a consignment for WFP and takes it through the stages, an hour apart, the last at {@code last}. */
	String walk(Room room, Consignments.NewConsignment consignment, List<Stage> stages, String last) {
		Instant end = Instant.parse(last);
		Instant registered = end.minus(Duration.ofHours(stages.size()));
		var start = new Consignments.NewConsignment(consignment.reference(), consignment.agency(), consignment.origin(),
				consignment.crossing(), consignment.destination(), consignment.trucks(), consignment.cargo(), registered);
		this.consignments.register(room.agency(), room.id(), "wfp", start);
		for (int i = 0; i < stages.size(); i++) {
			step(room, consignment.reference(), stages.get(i), registered.plus(Duration.ofHours(i + 1)), null);
		}
		return consignment.reference();
	}

	long step(Room room, String reference, Stage stage, Instant at, @Nullable String reason) {
		return this.consignments.step(room.monitor(), room.id(), "eubam-rafah",
				new Consignments.NextStep(reference, stage.code(), at, reason,
						stage == Stage.INTERCEPTED ? "peaceful" : null, null)).index();
	}

	private RaqibUser user(Role role, String agreement, @Nullable String party) {
		String name = "aid-" + UUID.randomUUID().toString().substring(0, 8);
		var account = this.users.create(new NewUser(name, name, null, role, agreement, party), Actor.SYSTEM).user();
		return this.users.principal(account.id());
	}

	private static String read(String path) throws IOException {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
