package org.raqib.server.record;

import java.util.List;
import java.util.UUID;

import org.raqib.server.access.Actor;
import org.raqib.server.access.ApiTokens;
import org.raqib.server.access.NewUser;
import org.raqib.server.access.PartyAdministration;
import org.raqib.server.access.PartyDetails;
import org.raqib.server.access.RaqibUser;
import org.raqib.server.access.Role;
import org.raqib.server.access.UserAdministration;
import org.raqib.server.access.UserAccount;
import org.springframework.stereotype.Component;

/** Logs, parties and users for record tests: each test gets a log of its own. */
@Component
class RecordFixtures {

	static final List<String> PARTIES = List.of("side-a", "side-b", "mediator-m", "agency-w", "agency-x");

	private final PartyAdministration parties;

	private final LogAdministration logs;

	private final UserAdministration users;

	private final ApiTokens tokens;

	RecordFixtures(PartyAdministration parties, LogAdministration logs, UserAdministration users, ApiTokens tokens) {
		this.parties = parties;
		this.logs = logs;
		this.users = users;
		this.tokens = tokens;
	}

	/** A new log with two sides, a mediator and an agency. */
	LogInfo log() {
		for (String code : PARTIES) {
			if (this.parties.all().stream().noneMatch(p -> p.code().equals(code))) {
				this.parties.register(new PartyDetails(code, "طرف " + code, "Party " + code, true), Actor.SYSTEM);
			}
		}
		String id = "t-" + UUID.randomUUID().toString().substring(0, 8);
		return this.logs.create(new NewLog(id, List.of(new NewLog.LogParty("side-a", List.of("side")),
				new NewLog.LogParty("side-b", List.of("side")), new NewLog.LogParty("mediator-m", List.of("mediator")),
				new NewLog.LogParty("agency-w", List.of("agency")))), Actor.SYSTEM);
	}

	/** A user holding one role in the log (for a party when the role needs one). */
	RaqibUser user(String log, Role role, String party) {
		String name = role.name().toLowerCase().replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 6);
		UserAccount account = this.users.create(new NewUser(name, name, null, role, log, party), Actor.SYSTEM).user();
		return this.users.principal(account.id());
	}

	String token(RaqibUser user) {
		return this.tokens.issue(user, new ApiTokens.TokenRequest("record tests", 1), Actor.SYSTEM).secret();
	}

}
