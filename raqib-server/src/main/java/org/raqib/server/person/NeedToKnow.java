package org.raqib.server.person;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.raqib.server.access.Grant;
import org.raqib.server.access.PartyAdministration;
import org.raqib.server.access.RaqibUser;
import org.raqib.server.access.Role;
import org.raqib.server.access.UserAccount;
import org.raqib.server.access.UserAdministration;
import org.raqib.server.person.AccessGrants.AccessGrant;
import org.raqib.server.system.InvalidInput;
import org.raqib.server.system.NotFound;
import org.raqib.server.system.Rejected;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Giving, revoking and asking need-to-know grants. A grant goes only to a member of the agreement's room
 * (mediator, liaison, monitor, agency): never to a viewer or an administrator-only account, who run or
 * watch the system without reading persons. Administrators and the agreement's mediators give and revoke.
 */
@Service
class NeedToKnow {

	static final Set<Role> ROOM = Set.of(Role.MEDIATOR, Role.PARTY_LIAISON, Role.MONITOR, Role.AGENCY);

	/** The parties whose persons a user may read in a log for a purpose. */
	record Readable(boolean everyParty, Set<String> parties) {

		static final Readable NOTHING = new Readable(false, Set.of());

		boolean covers(String party) {
			return this.everyParty || this.parties.contains(party);
		}

		boolean none() {
			return !this.everyParty && this.parties.isEmpty();
		}

	}

	private static final Logger log = LoggerFactory.getLogger(NeedToKnow.class);

	private final AccessGrants grants;

	private final UserAdministration users;

	private final PartyAdministration parties;

	private final Clock clock;

	NeedToKnow(AccessGrants grants, UserAdministration users, PartyAdministration parties, Clock clock) {
		this.grants = grants;
		this.users = users;
		this.parties = parties;
		this.clock = clock;
	}

	Readable readable(RaqibUser user, String logId, Purpose purpose) {
		if (!inRoom(user.grants(), logId)) {
			return Readable.NOTHING;
		}
		List<AccessGrant> held = this.grants.active(user.id(), logId, purpose);
		if (held.stream().anyMatch(g -> g.party().equals(AccessGrant.EVERY))) {
			return new Readable(true, Set.of());
		}
		return new Readable(false, held.stream().map(AccessGrant::party).collect(Collectors.toUnmodifiableSet()));
	}

	boolean mayAdminister(RaqibUser user, String logId) {
		return user.isAdmin() || user.holds(Role.MEDIATOR, logId);
	}

	List<AccessGrant> ofLog(String logId) {
		return this.grants.ofLog(logId);
	}

	@Transactional
	AccessGrant give(RaqibUser by, String logId, String username, String party, Purpose purpose) {
		checkAdministers(by, logId);
		UserAccount account = this.users.byUsername(username.strip())
			.orElseThrow(() -> InvalidInput.of("username", "person.grant.user-unknown"));
		if (!inRoom(account.grants(), logId)) {
			throw InvalidInput.of("username", "person.grant.not-in-room");
		}
		if (!party.equals(AccessGrant.EVERY) && this.parties.all().stream().noneMatch(p -> p.code().equals(party))) {
			throw InvalidInput.of("party", "person.grant.party-unknown");
		}
		boolean duplicate = this.grants.active(account.id(), logId, purpose)
			.stream()
			.anyMatch(g -> g.log().equals(logId) && g.party().equals(party));
		if (duplicate) {
			throw InvalidInput.of("party", "person.grant.duplicate");
		}
		var grant = new AccessGrant(UUID.randomUUID(), account.id(), account.username(), logId, party, purpose,
				this.clock.instant(), by.getUsername(), null, null);
		this.grants.insert(grant);
		log.info("Need-to-know grant {} given to {} in {} for party {} and purpose {} by {}", grant.id(),
				account.username(), logId, party, purpose.code(), by.getUsername());
		return grant;
	}

	@Transactional
	void revoke(RaqibUser by, String logId, UUID id) {
		checkAdministers(by, logId);
		AccessGrant grant = this.grants.byId(id).filter(g -> g.log().equals(logId)).orElseThrow(() -> new NotFound("grant"));
		if (this.grants.revoke(grant.id(), by.getUsername(), this.clock.instant()) > 0) {
			log.info("Need-to-know grant {} of {} revoked by {}", grant.id(), grant.username(), by.getUsername());
		}
	}

	private void checkAdministers(RaqibUser user, String logId) {
		if (!mayAdminister(user, logId)) {
			throw new Rejected(HttpStatus.FORBIDDEN, "NOT_A_MEDIATOR",
					"only an administrator or a mediator of the agreement gives and revokes need-to-know grants");
		}
	}

	private static boolean inRoom(List<Grant> held, String logId) {
		return held.stream().anyMatch(g -> ROOM.contains(g.role()) && g.covers(logId));
	}

}
