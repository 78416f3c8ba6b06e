package org.raqib.server.exchange;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.raqib.server.access.Grant;
import org.raqib.server.access.Parties;
import org.raqib.server.access.RaqibUser;
import org.raqib.server.access.Role;
import org.raqib.server.agreement.Agreements;
import org.raqib.server.system.InvalidInput;
import org.raqib.server.system.NotFound;
import org.raqib.server.system.Rejected;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Who may submit a list in an agreement's room, and for which party: a mediator of the agreement for any
 * of its sides, a liaison for its own party only.
 */
@Component
class ListImportRoom {

	/** A party of the agreement as the form's select offers it. */
	record PartyOption(String code, String name) {
	}

	private final Agreements agreements;

	private final Parties parties;

	ListImportRoom(Agreements agreements, Parties parties) {
		this.agreements = agreements;
		this.parties = parties;
	}

	Agreements.Version agreement(String id, RaqibUser user) {
		Agreements.Version agreement = this.agreements.latest(id).orElseThrow(() -> new NotFound("agreement " + id));
		if (!user.holds(Role.MEDIATOR, id) && !user.holds(Role.PARTY_LIAISON, id)) {
			throw new Rejected(HttpStatus.FORBIDDEN, "NOT_AN_AUTHOR", "only the agreement's mediators and liaisons submit lists");
		}
		return agreement;
	}

	/** The party a liaison submits for, preselected; empty for a mediator. */
	String ownParty(RaqibUser user, String agreement) {
		return ownParties(user, agreement).stream().sorted().findFirst().orElse("");
	}

	void checkParty(Agreements.Version agreement, RaqibUser user, String party) {
		if (party.isEmpty()) {
			return;
		}
		if (!RoomParties.of(agreement.definition()).sides().contains(party)) {
			throw InvalidInput.of("party", "exchange.import.party.unknown", party);
		}
		if (!Acting.mayActFor(user, agreement.agreement(), party)) {
			throw InvalidInput.of("party", "exchange.import.party.not-yours");
		}
	}

	/** The agreement's sides: the custodians of the persons a list names. */
	List<PartyOption> parties(Agreements.Version agreement, Locale locale) {
		return agreement.definition().parties().stream()
			.map(p -> p.party())
			.filter(RoomParties.of(agreement.definition()).sides()::contains)
			.map(code -> new PartyOption(code, this.parties.byCode(code).map(f -> f.name(locale)).orElse(code)))
			.toList();
	}

	private static Set<String> ownParties(RaqibUser user, String agreement) {
		return user.grants().stream()
			.filter(g -> g.role() == Role.PARTY_LIAISON && g.covers(agreement) && g.party() != null)
			.map(Grant::party)
			.collect(Collectors.toSet());
	}

}
