package org.raqib.server.report;

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
import org.raqib.server.aid.Consignment;
import org.raqib.server.aid.Consignments;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** A fresh copy of the demo's Gaza agreement per test, its room, and aid trucks walked to the crossing. */
@Component
class ReportFixtures {

	/** One test's agreement: a mediator for Egypt, a monitor for EUBAM, an agency for WFP, a viewer. */
	record Room(String id, RaqibUser mediator, RaqibUser monitor, RaqibUser agency, RaqibUser viewer) {
	}

	static final List<String> TO_CROSSED = List.of("arrived", "inspected", "cleared", "crossed");

	private final AgreementDefinitions definitions;

	private final PartyAdministration parties;

	private final UserAdministration users;

	private final Consignments consignments;

	ReportFixtures(AgreementDefinitions definitions, PartyAdministration parties, UserAdministration users,
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
		String id = "r-" + UUID.randomUUID().toString().substring(0, 8);
		this.definitions.define(new AgreementDefinitions.Files(read("demo/agreements/gaza-2025.yaml")
			.replace("id: gaza-2025", "id: " + id), read("demo/geography/gaza-2025.geojson")), null, Actor.SYSTEM);
		return new Room(id, user(Role.MEDIATOR, id, "egypt"), user(Role.MONITOR, id, "eubam-rafah"),
				user(Role.AGENCY, id, "wfp"), user(Role.VIEWER, id, null));
	}

	/** Registers a consignment of one cargo for WFP and takes it to the crossing, an hour a stage, crossing at {@code crossed}. */
	void crossed(Room room, String reference, String cargo, int trucks, Instant crossed) {
		Instant registered = crossed.minus(Duration.ofHours(TO_CROSSED.size()));
		this.consignments.register(room.agency(), room.id(), "wfp", new Consignments.NewConsignment(reference, "WFP",
				"Al-Arish", "kerem-shalom", "north", trucks,
				List.of(new Consignment.Line(cargo, trucks * 20L, "fuel".equals(cargo) ? "litres" : "tonnes")), registered));
		for (int i = 0; i < TO_CROSSED.size(); i++) {
			this.consignments.step(room.monitor(), room.id(), "eubam-rafah", new Consignments.NextStep(reference,
					TO_CROSSED.get(i), registered.plus(Duration.ofHours(i + 1)), null, null, null));
		}
	}

	private RaqibUser user(Role role, String agreement, @Nullable String party) {
		String name = "report-" + UUID.randomUUID().toString().substring(0, 8);
		var account = this.users.create(new NewUser(name, name, null, role, agreement, party), Actor.SYSTEM).user();
		return this.users.principal(account.id());
	}

	private static String read(String path) throws IOException {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
