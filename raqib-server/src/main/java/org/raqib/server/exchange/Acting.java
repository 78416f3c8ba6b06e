package org.raqib.server.exchange;

import java.util.Set;

import org.raqib.server.access.Grant;
import org.raqib.server.access.RaqibUser;
import org.raqib.server.access.Role;
import org.raqib.server.system.Rejected;
import org.springframework.http.HttpStatus;

/**
 * For which party a user acts: a liaison for its own party; a mediator for its own party when the
 * mediators act, and on behalf of any party of the room when it records what that party did (the entry
 * is signed with that party's custodial key and names the mediator as the one who recorded it).
 */
final class Acting {

	private Acting() {
	}

	static boolean mayActFor(RaqibUser user, String log, String party) {
		return user.holds(Role.MEDIATOR, log) || user.grants()
			.stream()
			.anyMatch(g -> g.role() == Role.PARTY_LIAISON && g.covers(log) && party.equals(g.party()));
	}

	static void checkActsFor(RaqibUser user, String log, String party) {
		if (!mayActFor(user, log, party)) {
			throw new Rejected(HttpStatus.FORBIDDEN, "NOT_YOUR_PARTY", "you do not act for " + party + " here");
		}
	}

	/** The mediating party a mediator acts for. */
	static String mediatorParty(RaqibUser user, String log, Set<String> mediators) {
		return user.grants()
			.stream()
			.filter(g -> g.role() == Role.MEDIATOR && g.covers(log) && g.party() != null && mediators.contains(g.party()))
			.map(Grant::party)
			.findFirst()
			.orElseThrow(() -> new Rejected(HttpStatus.FORBIDDEN, "NOT_A_MEDIATOR",
					"only a mediator acting for a mediating party of the agreement may do this"));
	}

}
