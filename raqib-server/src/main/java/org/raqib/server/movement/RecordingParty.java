package org.raqib.server.movement;

import java.util.Set;

import org.raqib.server.access.RaqibUser;
import org.raqib.server.access.Role;
import org.raqib.server.system.Rejected;
import org.springframework.http.HttpStatus;

/**
 * For which party a user records movement: monitors, agencies and liaisons for the party their grant names;
 * a mediator for any party of the room (the entry is signed with that party's custodial key and names the
 * mediator as the one who recorded it).
 */
final class RecordingParty {

	private static final Set<Role> RECORDERS = Set.of(Role.PARTY_LIAISON, Role.MONITOR, Role.AGENCY, Role.MEDIATOR);

	private RecordingParty() {
	}

	static boolean mayRecordFor(RaqibUser user, String log, String party) {
		return user.holds(Role.MEDIATOR, log) || user.grants()
			.stream()
			.anyMatch(g -> RECORDERS.contains(g.role()) && g.covers(log) && party.equals(g.party()));
	}

	static void check(RaqibUser user, String log, String party) {
		if (!mayRecordFor(user, log, party)) {
			throw new Rejected(HttpStatus.FORBIDDEN, "NOT_YOUR_PARTY", "you do not record for " + party + " here");
		}
	}

}
