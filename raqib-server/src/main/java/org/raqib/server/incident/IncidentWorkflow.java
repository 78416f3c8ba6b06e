package org.raqib.server.incident;

import java.util.LinkedHashMap;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.raqib.server.access.RaqibUser;
import org.raqib.server.agreement.compliance.Obligation;
import org.raqib.server.agreement.compliance.Selection;
import org.raqib.server.record.Appended;
import org.raqib.server.record.Appending;
import org.raqib.server.system.InvalidInput;
import org.raqib.server.system.Rejected;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * The steps of an incident's workflow, each checked whole (the grant it needs, see {@link Duties}; the rules
 * of {@link IncidentRules}) and then appended signed by the acting party. Nothing is appended on a refusal.
 */
@Service
public class IncidentWorkflow {

	private final IncidentRooms rooms;

	private final Incidents incidents;

	private final Appending appending;

	IncidentWorkflow(IncidentRooms rooms, Incidents incidents, Appending appending) {
		this.rooms = rooms;
		this.incidents = incidents;
		this.appending = appending;
	}

	/**
	 * Moves an incident to a status: under review, verified, not verified, dismissed, published.
	 * @throws Rejected without the grant the step needs.
	 * @throws InvalidInput for a step out of order, a verdict on one's own report, publishing one's own verdict,
	 * a step on a merged duplicate.
	 */
	public Appended step(RaqibUser user, String log, long index, IncidentStatus to, @Nullable String note) {
		IncidentRoom room = this.rooms.of(log);
		this.incidents.get(log, index);
		String party = Duties.partyFor(user, room, Duties.rolesFor(to), "incident." + to.code());
		return step(user.getUsername(), party, log, index, to, note);
	}

	/** {@link #step(RaqibUser, String, long, IncidentStatus, String)} once the grant is known to be held. */
	Appended step(String by, String party, String log, long index, IncidentStatus to, @Nullable String note) {
		Incident incident = this.incidents.get(log, index);
		String broken = IncidentRules.step(incident, to, by);
		if (broken != null) {
			throw InvalidInput.of("step", broken, incident.status().code(), to.code());
		}
		return append(log, IncidentKinds.STEP, party, by, new IncidentPayloads.Step(to, blank(note)).write(),
				List.of(index));
	}

	/** Records that {@code duplicate} reports the same incident as {@code original}, merging it there. */
	public Appended merge(RaqibUser user, String log, long duplicate, long original, @Nullable String note) {
		IncidentRoom room = this.rooms.of(log);
		Incident copy = this.incidents.get(log, duplicate);
		Incident kept = this.incidents.find(user, log, original)
			.orElseThrow(() -> InvalidInput.of("original", "incident.unknown", original));
		String party = Duties.partyFor(user, room, Duties.REVIEWERS, "incident.merge");
		return merge(user.getUsername(), party, log, copy, kept, note);
	}

	Appended merge(String by, String party, String log, Incident copy, Incident kept, @Nullable String note) {
		String broken = IncidentRules.duplicate(copy, kept);
		if (broken != null) {
			throw InvalidInput.of("original", broken, kept.index());
		}
		return append(log, IncidentKinds.DUPLICATE, party, by, new IncidentPayloads.Duplicate(blank(note)).write(),
				List.of(copy.index(), kept.index()));
	}

	/** A mediator confirms that the incident breaches one of the agreement's obligations. */
	public Appended confirmBreach(RaqibUser user, String log, long index, String obligationId, @Nullable String note) {
		IncidentRoom room = this.rooms.of(log);
		this.incidents.get(log, index);
		String party = Duties.partyFor(user, room, Duties.PUBLISHERS, "incident.breach");
		return confirmBreach(user.getUsername(), party, log, index, obligationId, note);
	}

	Appended confirmBreach(String by, String party, String log, long index, String obligationId,
			@Nullable String note) {
		IncidentRoom room = this.rooms.of(log);
		Incident incident = this.incidents.get(log, index);
		Obligation obligation = room.obligations().stream().filter(o -> o.id().equals(obligationId)).findFirst()
			.orElseThrow(() -> InvalidInput.of("obligation", "incident.obligation.unknown", obligationId));
		String broken = IncidentRules.breach(incident);
		if (broken != null) {
			throw InvalidInput.of("obligation", broken, incident.status().code());
		}
		return append(log, IncidentKinds.BREACH, party, by, breach(obligation, blank(note)).write(), List.of(index));
	}

	/** The obligations the incident may breach, from its zones, time and the party alleged responsible. */
	public List<Obligation> suggestions(String log, long index) {
		return this.rooms.of(log).suggestions(this.incidents.get(log, index));
	}

	static IncidentPayloads.Breach breach(Obligation obligation, @Nullable String note) {
		Selection counted = counted(obligation);
		var where = new LinkedHashMap<String, String>();
		if (counted != null) {
			counted.filter().forEach((k, v) -> {
				if (List.of("type", "zone", "weapon").contains(k)) {
					where.put(k, v);
				}
			});
		}
		if (obligation instanceof Obligation.ZoneRestriction restriction) {
			where.put("zone", restriction.zone());
		}
		return new IncidentPayloads.Breach(obligation.id(), obligation.responsible(),
				counted == null ? IncidentProjection.REPORTED : counted.measure(), where, note);
	}

	private static @Nullable Selection counted(Obligation obligation) {
		if (obligation instanceof Obligation.ZoneRestriction restriction) {
			return restriction.prohibited();
		}
		if (obligation instanceof Obligation.Cessation cessation) {
			return cessation.violations();
		}
		if (obligation instanceof Obligation.Deadline deadline) {
			return deadline.done();
		}
		return null;
	}

	private Appended append(String log, String kind, String party, String by, byte[] payload, List<Long> refs) {
		return this.appending.append(log, kind, party, by, payload, refs);
	}

	private static @Nullable String blank(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
