package org.raqib.server.incident;

import java.util.Set;

import org.raqib.server.access.Grant;
import org.raqib.server.access.RaqibUser;
import org.raqib.server.access.Role;
import org.raqib.server.system.Rejected;
import org.springframework.http.HttpStatus;

/**
 * Who does what to an incident, expressed with the access module's grants (a role in an agreement, for a
 * party):
 * <ul>
 * <li>report: a liaison, monitor or agency for the party its grant names; a mediator for any party;</li>
 * <li>take under review, merge duplicates: a monitor or a mediator of the agreement;</li>
 * <li>verify (verified, not verified, dismissed): the <em>verifying grant</em>, a monitor of the agreement,
 * never on a report the same user recorded;</li>
 * <li>publish: the <em>publishing grant</em>, a mediator of the agreement, never on a verdict the same user
 * gave;</li>
 * <li>confirm a breach of an obligation: a mediator.</li>
 * </ul>
 * The step is signed by the party of the grant used (a grant without a party signs for the agreement's first
 * party that is not a side: its mediator or guarantor).
 */
final class Duties {

	static final Set<Role> REPORTERS = Set.of(Role.PARTY_LIAISON, Role.MONITOR, Role.AGENCY);

	static final Set<Role> REVIEWERS = Set.of(Role.MONITOR, Role.MEDIATOR);

	static final Set<Role> VERIFIERS = Set.of(Role.MONITOR);

	static final Set<Role> PUBLISHERS = Set.of(Role.MEDIATOR);

	private Duties() {
	}

	static boolean mayReportFor(RaqibUser user, String log, String party) {
		return user.holds(Role.MEDIATOR, log) || user.grants().stream()
			.anyMatch(g -> REPORTERS.contains(g.role()) && g.covers(log) && party.equals(g.party()));
	}

	static Set<Role> rolesFor(IncidentStatus to) {
		if (to == IncidentStatus.PUBLISHED) {
			return PUBLISHERS;
		}
		return to.isVerdict() ? VERIFIERS : REVIEWERS;
	}

	static boolean holdsAny(RaqibUser user, String log, Set<Role> roles) {
		return roles.stream().anyMatch(r -> user.holds(r, log));
	}

	/** The party a user acts for under one of these roles, or a refusal naming the grant needed. */
	static String partyFor(RaqibUser user, IncidentRoom room, Set<Role> roles, String duty) {
		for (Grant g : user.grants()) {
			if (roles.contains(g.role()) && g.covers(room.id())) {
				if (g.party() != null && room.hasParty(g.party())) {
					return g.party();
				}
				if (!room.neutral().isEmpty()) {
					return room.neutral().get(0);
				}
			}
		}
		throw new Rejected(HttpStatus.FORBIDDEN, "INCIDENT_GRANT", duty + " needs the grant of " + roles);
	}

}
