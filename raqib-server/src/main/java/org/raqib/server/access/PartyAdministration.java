package org.raqib.server.access;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.raqib.server.system.InputValidation;
import org.raqib.server.system.InvalidInput;
import org.raqib.server.system.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registering parties as global identities and correcting their names; a code never changes. */
@Service
public class PartyAdministration {

	private final Parties parties;

	private final AccessAudit audit;

	private final InputValidation validation;

	private final Clock clock;

	PartyAdministration(Parties parties, AccessAudit audit, InputValidation validation, Clock clock) {
		this.parties = parties;
		this.audit = audit;
		this.validation = validation;
		this.clock = clock;
	}

	public List<Party> all() {
		return this.parties.all();
	}

	public Party byCode(String code) {
		return this.parties.byCode(code).orElseThrow(() -> new NotFound("party"));
	}

	@Transactional
	public Party register(PartyDetails details, Actor actor) {
		this.validation.check(details);
		if (this.parties.byCode(details.code()).isPresent()) {
			throw InvalidInput.of("code", "party.code.taken");
		}
		Instant now = this.clock.instant();
		var party = new Party(UUID.randomUUID(), details.code(), details.nameAr(), details.nameEn(), details.active(), now,
				now);
		this.parties.insert(party);
		this.audit.record(actor, AuditAction.PARTY_CREATED, party.code(), party.nameEn());
		return party;
	}

	@Transactional
	public Party update(String code, PartyDetails details, Actor actor) {
		Party existing = byCode(code);
		this.validation.check(new PartyDetails(code, details.nameAr(), details.nameEn(), details.active()));
		var party = new Party(existing.id(), existing.code(), details.nameAr(), details.nameEn(), details.active(),
				existing.createdAt(), this.clock.instant());
		this.parties.update(party);
		this.audit.record(actor, AuditAction.PARTY_UPDATED, code, party.nameEn() + (party.active() ? "" : " (inactive)"));
		return party;
	}

}
