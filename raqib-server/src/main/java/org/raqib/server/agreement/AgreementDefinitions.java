package org.raqib.server.agreement;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.raqib.server.access.Actor;
import org.raqib.server.access.Parties;
import org.raqib.server.access.Party;
import org.raqib.server.access.RaqibUser;
import org.raqib.server.access.Role;
import org.raqib.server.agreement.AgreementDefinition.AgreementParty;
import org.raqib.server.geo.Geography;
import org.raqib.server.record.Appended;
import org.raqib.server.record.Appending;
import org.raqib.server.record.LogAdministration;
import org.raqib.server.record.NewLog;
import org.raqib.server.system.InvalidInput;
import org.raqib.server.system.NotFound;
import org.raqib.server.system.Rejected;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Defining and amending agreements from their files. A file is checked whole before anything happens; a
 * definition creates the agreement's log, its roster from the agreement's parties, and records the
 * definition as the log's next entry; an amendment records the whole new definition, with its reason,
 * referring to the version it replaces.
 */
@Service
public class AgreementDefinitions {

	/** An agreement file and its geography (GeoJSON), as uploaded or read from disk. */
	public record Files(String agreement, @Nullable String geography) {
	}

	private final Parties parties;

	private final Agreements agreements;

	private final LogAdministration logAdministration;

	private final Appending appending;

	private final Clock clock;

	AgreementDefinitions(Parties parties, Agreements agreements, LogAdministration logAdministration,
			Appending appending, Clock clock) {
		this.parties = parties;
		this.agreements = agreements;
		this.logAdministration = logAdministration;
		this.appending = appending;
		this.clock = clock;
	}

	/** The definition the files make, or every problem in them; nothing is recorded. */
	public AgreementDefinition check(Files files) {
		var problems = new FileProblems();
		Geography geography = AgreementGeography.read(files.geography(), problems);
		AgreementFileReader.Places places = AgreementGeography.places(geography);
		AgreementDefinition definition;
		try {
			definition = new AgreementFileReader(this::isKnownParty, places).read(files.agreement());
		}
		catch (InvalidInput ex) {
			problems.addAll("", ex);
			problems.throwIfAny();
			throw ex;
		}
		AgreementDefinition complete = withGeography(definition, files.geography());
		AgreementGeography.checkPosts(complete, geography, problems);
		problems.throwIfAny();
		return complete;
	}

	/** Records a new agreement, creating its log. */
	public synchronized Agreements.Version define(Files files, @Nullable RaqibUser user, Actor actor) {
		mayDefine(user, null);
		AgreementDefinition definition = check(files);
		if (this.agreements.exists(definition.id())) {
			throw InvalidInput.of("id", "agreement.id.taken", definition.id());
		}
		if (this.logAdministration.exists(definition.id())) {
			joinMissingParties(definition, actor);
		}
		else {
			this.logAdministration.create(new NewLog(definition.id(), rosterParties(definition)), actor);
		}
		Appended appended = this.appending.append(definition.id(), AgreementKinds.DEFINED, signer(definition, user),
				actor.username(), AgreementPayloads.defined(definition), List.of());
		return version(definition.id(), appended);
	}

	/** Records a new version of an agreement, in force from {@code inForceFrom} (now when null). */
	public synchronized Agreements.Version amend(String id, Files files, String reason, @Nullable Instant inForceFrom,
			@Nullable RaqibUser user, Actor actor) {
		mayDefine(user, id);
		Agreements.Version current = this.agreements.latest(id).orElseThrow(() -> new NotFound("agreement " + id));
		AgreementDefinition definition = check(files);
		var problems = new FileProblems();
		if (!definition.id().equals(id)) {
			problems.add("id", "agreement.amendment.id", id);
		}
		if (reason.isBlank() || reason.length() > AgreementFileReader.MAX_TEXT) {
			problems.add("reason", "agreement.amendment.reason", AgreementFileReader.MAX_TEXT);
		}
		for (AgreementParty party : current.definition().parties()) {
			if (!definition.hasParty(party.party())) {
				problems.add("parties", "agreement.amendment.party-removed", party.party());
			}
		}
		problems.throwIfAny();
		joinMissingParties(definition, actor);
		Instant from = inForceFrom == null ? this.clock.instant() : inForceFrom;
		byte[] payload = AgreementPayloads.amended(new AgreementPayloads.Amendment(reason.strip(), from, definition));
		Appended appended = this.appending.append(id, AgreementKinds.AMENDED, signer(definition, user),
				actor.username(), payload, List.of(current.index()));
		return version(id, appended);
	}

	private Agreements.Version version(String id, Appended appended) {
		return this.agreements.versions(id).stream().filter(v -> v.index() == appended.index()).findFirst()
			.orElseThrow(() -> new IllegalStateException("the entry " + appended.index() + " was not projected"));
	}

	private boolean isKnownParty(String code) {
		return this.parties.byCode(code).filter(Party::active).isPresent();
	}

	private static void mayDefine(@Nullable RaqibUser user, @Nullable String agreement) {
		if (user == null || user.isAdmin()) {
			return;
		}
		boolean mediator = agreement == null ? user.grants().stream().anyMatch(g -> g.role() == Role.MEDIATOR)
				: user.holds(Role.MEDIATOR, agreement);
		if (!mediator) {
			throw new Rejected(HttpStatus.FORBIDDEN, "NOT_A_MEDIATOR", "only a mediator of the agreement may do this");
		}
	}

	/** The roster's roles: the agreement's, and when it has no mediator its guarantors sign roster changes. */
	static List<NewLog.LogParty> rosterParties(AgreementDefinition definition) {
		boolean hasMediator = definition.parties().stream().anyMatch(p -> p.roles().contains("mediator"));
		var result = new ArrayList<NewLog.LogParty>();
		for (AgreementParty party : definition.parties()) {
			var roles = new ArrayList<>(party.roles());
			if (!hasMediator && roles.contains("guarantor")) {
				roles.add("mediator");
			}
			result.add(new NewLog.LogParty(party.party(), roles));
		}
		return result;
	}

	private void joinMissingParties(AgreementDefinition definition, Actor actor) {
		List<String> inLog = this.logAdministration.partiesOf(definition.id());
		for (NewLog.LogParty party : rosterParties(definition)) {
			if (!inLog.contains(party.party())) {
				this.logAdministration.addParty(definition.id(), party, actor);
			}
		}
	}

	/** Signs for the user's own mediating party when it has one in the agreement, else for the first. */
	private static String signer(AgreementDefinition definition, @Nullable RaqibUser user) {
		List<String> mediators = rosterParties(definition).stream()
			.filter(p -> p.roles().contains("mediator"))
			.map(NewLog.LogParty::party)
			.toList();
		Optional<String> own = user == null ? Optional.empty()
				: user.grants().stream().filter(g -> g.role() == Role.MEDIATOR && g.party() != null)
					.map(g -> g.party()).filter(mediators::contains).findFirst();
		return own.orElse(mediators.get(0));
	}

	private static AgreementDefinition withGeography(AgreementDefinition d, @Nullable String geography) {
		return new AgreementDefinition(d.id(), d.name(), d.signed(), d.timeZone(), d.entryIntoForce(), d.status(),
				d.sources(), d.parties(), d.phases(), d.provisions(), d.obligations(), d.notes(), geography);
	}

}
