package org.raqib.server.aid;

import java.util.EnumSet;
import java.util.Set;

import org.raqib.server.access.RaqibUser;
import org.raqib.server.access.Role;
import org.raqib.server.system.Rejected;
import org.springframework.http.HttpStatus;

/**
 * For which party a user records aid: monitors, agencies and liaisons for the party on their grant; a
 * mediator for any party of the room (the entry is signed with that party's custodial key and names the
 * mediator as the one who recorded it).
 */
final class AidActing {

	private static final Set<Role> FOR_THEIR_PARTY = EnumSet.of(Role.PARTY_LIAISON, Role.MONITOR, Role.AGENCY);

	private AidActing() {
	}

	static boolean mayActFor(RaqibUser user, String log, String party) {
		return user.holds(Role.MEDIATOR, log) || user.grants()
			.stream()
			.anyMatch(g -> FOR_THEIR_PARTY.contains(g.role()) && g.covers(log) && party.equals(g.party()));
	}

	static void checkActsFor(RaqibUser user, String log, String party) {
		if (!mayActFor(user, log, party)) {
			throw new Rejected(HttpStatus.FORBIDDEN, "NOT_YOUR_PARTY", "you do not record aid for " + party + " here");
		}
	}

}
