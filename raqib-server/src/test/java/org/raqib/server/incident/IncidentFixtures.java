package org.raqib.server.incident;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
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

/** Fresh copies of the demo's agreements per test (Idlib as amended in Moscow), the room's users, reports. */
@Component
class IncidentFixtures {

	/** The users of one test's agreement: two monitors, so one can verify what the other reported. */
	record Room(String id, RaqibUser mediator, RaqibUser liaison, RaqibUser monitor, RaqibUser otherMonitor,
			RaqibUser viewer) {
	}

	private final AgreementDefinitions definitions;

	private final PartyAdministration parties;

	private final UserAdministration users;

	private final Incidents incidents;

	IncidentFixtures(AgreementDefinitions definitions, PartyAdministration parties, UserAdministration users,
			Incidents incidents) {
		this.definitions = definitions;
		this.parties = parties;
		this.users = users;
		this.incidents = incidents;
	}

	Room idlib() throws IOException {
		register(List.of("russia", "turkiye", "syrian-government", "syrian-opposition"));
		String id = "i-" + UUID.randomUUID().toString().substring(0, 8);
		this.definitions.define(files("idlib-2018.yaml", id), null, Actor.SYSTEM);
		Instant moscow = LocalDateTime.parse("2020-03-06T00:01").atZone(ZoneId.of("Asia/Damascus")).toInstant();
		this.definitions.amend(id, files("idlib-2018-moscow-2020.yaml", id), "Moscow protocol", moscow, null,
				Actor.SYSTEM);
		return new Room(id, user(Role.MEDIATOR, id, "russia"), user(Role.PARTY_LIAISON, id, "syrian-opposition"),
				user(Role.MONITOR, id, "turkiye"), user(Role.MONITOR, id, "russia"), user(Role.VIEWER, id, null));
	}

	Room gaza() throws IOException {
		register(List.of("egypt", "qatar", "united-states", "hamas", "israel", "icrc", "eubam-rafah", "wfp"));
		String id = "g-" + UUID.randomUUID().toString().substring(0, 8);
		this.definitions.define(files("gaza-2025.yaml", id), null, Actor.SYSTEM);
		return new Room(id, user(Role.MEDIATOR, id, "egypt"), user(Role.PARTY_LIAISON, id, "israel"),
				user(Role.MONITOR, id, "eubam-rafah"), user(Role.MONITOR, id, "eubam-rafah"), user(Role.VIEWER, id, null));
	}

	/** A report of shelling in the M4 corridor near Saraqib on 7 March 2020, blamed on the government. */
	static IncidentReport m4Shelling() {
		return report(36.75, 35.855, "2020-03-07T04:00:00Z", IncidentType.CEASEFIRE_VIOLATION, "syrian-government");
	}

	static IncidentReport report(double lon, double lat, String at, IncidentType type, @Nullable String responsible) {
		Instant from = Instant.parse(at);
		return new IncidentReport(from, from.plusSeconds(3600), 1, lon, lat, 1, "Saraqib", type, responsible,
				List.of(new IncidentReport.Actor(1, "Syrian Arab Army", Fields.ActorClass.STATE_FORCES, responsible)),
				new IncidentReport.Observation(Fields.Detection.HEARING, Fields.Weapon.ARTILLERY, 12, "NNE", 2.0, 7.0,
						"west to east", null),
				new IncidentReport.Casualties(1, 0, 3, 0, 1, 1),
				List.of(new IncidentReport.Source(Fields.SourceKind.MONITOR, "Turkish observation post",
						Fields.Reliability.PROBABLE, null)),
				new IncidentReport.Narrative("قصف مدفعي قرب سراقب", "Artillery fire near Saraqib."), List.of(), false);
	}

	long reported(Room room, IncidentReport report) {
		return this.incidents.report(room.monitor(), room.id(), party(room.monitor()), report).index();
	}

	static String party(RaqibUser user) {
		return user.grants().get(0).party();
	}

	private void register(List<String> codes) {
		for (String code : codes) {
			if (this.parties.all().stream().noneMatch(p -> p.code().equals(code))) {
				this.parties.register(new PartyDetails(code, "طرف " + code, "Party " + code, true), Actor.SYSTEM);
			}
		}
	}

	private RaqibUser user(Role role, String agreement, @Nullable String party) {
		String name = "in-" + UUID.randomUUID().toString().substring(0, 8);
		var account = this.users.create(new NewUser(name, name, null, role, agreement, party), Actor.SYSTEM).user();
		return this.users.principal(account.id());
	}

	private static AgreementDefinitions.Files files(String name, String id) throws IOException {
		String agreement = read("demo/agreements/" + name).replace("id: idlib-2018", "id: " + id)
			.replace("id: gaza-2025", "id: " + id);
		String geography = name.startsWith("gaza") ? "gaza-2025.geojson" : "idlib-2018.geojson";
		return new AgreementDefinitions.Files(agreement, read("demo/geography/" + geography));
	}

	private static String read(String path) throws IOException {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
