package org.raqib.server.record;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;

import org.raqib.server.access.Actor;
import org.raqib.server.access.Parties;
import org.raqib.server.access.Party;
import org.raqib.server.system.InputValidation;
import org.raqib.server.system.InvalidInput;
import org.raqib.server.system.Rejected;
import org.raqib.tlog.EntryKinds;
import org.raqib.tlog.KeyNames;
import org.raqib.tlog.Roster;
import org.raqib.tlog.RosterKey;
import org.raqib.tlog.RosterParty;
import org.raqib.tlog.SignerKey;
import org.raqib.tlog.TlogException;
import org.raqib.tlog.VerifierKey;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Creating a log (its key, a custodial key per party, and the genesis roster as entry 0) and changing its
 * roster: a party joins, or a party registers a key it holds itself. Each change is a roster entry
 * signed by a mediator.
 */
@Service
public class LogAdministration {

	private final Logs logs;

	private final LogKeys keys;

	private final Parties parties;

	private final Appending appending;

	private final Sequencing sequencing;

	private final InputValidation validation;

	private final org.raqib.server.system.RaqibProperties properties;

	private final Clock clock;

	LogAdministration(Logs logs, LogKeys keys, Parties parties, Appending appending, Sequencing sequencing,
			InputValidation validation, org.raqib.server.system.RaqibProperties properties, Clock clock) {
		this.logs = logs;
		this.keys = keys;
		this.parties = parties;
		this.appending = appending;
		this.sequencing = sequencing;
		this.validation = validation;
		this.properties = properties;
		this.clock = clock;
	}

	public synchronized LogInfo create(NewLog request, Actor actor) {
		this.validation.check(request);
		if (this.logs.find(request.id()).isPresent()) {
			throw InvalidInput.of("id", "log.id.taken");
		}
		var rosterParties = checkParties(request.parties());
		if (rosterParties.stream().noneMatch(p -> p.hasRole(RosterParty.MEDIATOR))) {
			throw InvalidInput.of("parties", "log.parties.mediator");
		}
		String origin = this.properties.origin() + "/" + request.id();
		SignerKey logKey = this.keys.createLogKey(request.id(), origin);
		var rosterKeys = new ArrayList<RosterKey>();
		for (RosterParty party : rosterParties) {
			SignerKey custodial = this.keys.createCustodialKey(request.id(), party.name());
			rosterKeys.add(new RosterKey(party.name(), custodial.verifierKey(), 0, OptionalLong.empty()));
		}
		Roster roster = new Roster(origin, rosterParties, rosterKeys);
		this.logs.insert(request.id(), origin, logKey.verifierKey().encode(), this.clock.instant(), actor.username());
		appendRoster(request.id(), roster, actor);
		return this.logs.get(request.id());
	}

	public boolean exists(String log) {
		return this.logs.find(log).isPresent();
	}

	/** The codes of the parties on the log's roster now. */
	public List<String> partiesOf(String log) {
		return roster(log).parties().stream().map(RosterParty::name).toList();
	}

	/** A party joins the log, with a custodial key valid from the next entry. */
	public synchronized Appended addParty(String log, NewLog.LogParty joining, Actor actor) {
		Roster current = roster(log);
		if (current.party(joining.party()).isPresent()) {
			throw InvalidInput.of("party", "log.party.duplicate");
		}
		var rosterParties = new ArrayList<>(current.parties());
		rosterParties.addAll(checkParties(List.of(joining)));
		var rosterKeys = new ArrayList<>(current.keys());
		SignerKey custodial = this.keys.custodialKey(log, joining.party())
			.orElseGet(() -> this.keys.createCustodialKey(log, joining.party()));
		rosterKeys.add(new RosterKey(joining.party(), custodial.verifierKey(), nextIndex(log), OptionalLong.empty()));
		return appendRoster(log, new Roster(current.origin(), rosterParties, rosterKeys), actor);
	}

	/** A party will sign its own entries with this key, from the next entry on. */
	public synchronized Appended registerKey(String log, String party, String vkey, Actor actor) {
		Roster current = roster(log);
		if (current.party(party).isEmpty()) {
			throw InvalidInput.of("party", "log.party.unknown");
		}
		VerifierKey key;
		try {
			key = VerifierKey.parse(vkey.strip());
		}
		catch (TlogException ex) {
			throw InvalidInput.of("vkey", "log.key.invalid", ex.getMessage());
		}
		if (!(key.name().equals(party) || key.name().startsWith(party + "/")) || RosterKey.isCustodial(key.name())) {
			throw InvalidInput.of("vkey", "log.key.name", party);
		}
		var rosterKeys = new ArrayList<>(current.keys());
		rosterKeys.add(new RosterKey(party, key, nextIndex(log), OptionalLong.empty()));
		try {
			return appendRoster(log, new Roster(current.origin(), current.parties(), rosterKeys), actor);
		}
		catch (TlogException ex) {
			throw InvalidInput.of("vkey", "log.key.invalid", ex.getMessage());
		}
	}

	private Appended appendRoster(String log, Roster roster, Actor actor) {
		String mediator = roster.parties().stream().filter(p -> p.hasRole(RosterParty.MEDIATOR)).findFirst()
			.orElseThrow().name();
		return this.appending.append(log, EntryKinds.ROSTER.name(), mediator, actor.username(),
				roster.text().getBytes(StandardCharsets.UTF_8), List.of());
	}

	private Roster roster(String log) {
		this.logs.get(log);
		Roster roster = this.sequencing.sequencer(log).snapshot().roster();
		if (roster == null) {
			throw new Rejected(HttpStatus.CONFLICT, "NO_ROSTER", "the log has no roster yet");
		}
		return roster;
	}

	private long nextIndex(String log) {
		return this.sequencing.sequencer(log).snapshot().size();
	}

	private List<RosterParty> checkParties(List<NewLog.LogParty> requested) {
		var result = new ArrayList<RosterParty>();
		var seen = new HashSet<String>();
		for (int i = 0; i < requested.size(); i++) {
			NewLog.LogParty p = requested.get(i);
			String field = "parties[" + i + "]";
			Party party = this.parties.byCode(p.party()).filter(Party::active)
				.orElseThrow(() -> InvalidInput.of(field + ".party", "log.party.unknown"));
			if (!seen.add(party.code()) || !KeyNames.isValid(party.code())) {
				throw InvalidInput.of(field + ".party", "log.party.duplicate");
			}
			result.add(new RosterParty(party.code(), p.roles()));
		}
		return result;
	}

}
