package org.raqib.server.incident;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.raqib.server.agreement.compliance.Fact;
import org.raqib.server.agreement.compliance.Facts;
import org.raqib.server.agreement.compliance.Selection;
import org.raqib.server.record.RecordedEntry;
import org.springframework.stereotype.Component;

/**
 * Projects the incident entries into the module's tables, from the entry alone (a report carries where it was
 * placed). A step that breaks a rule is kept in the history and flagged, not applied. Each breach a mediator
 * confirmed feeds the compliance engine one {@code incident.reported} fact: attributed to the responsible
 * party, dated when the incident happened, with the incident's zones and types and the values the obligation
 * counts, so the obligation it was confirmed against finds it.
 */
@Component
class IncidentProjection {

	static final String REPORTED = "incident.reported";

	private final IncidentTable incidents;

	private final IncidentStepTable steps;

	private final IncidentCountTable counts;

	private final IncidentCellTable cells;

	private final Facts facts;

	private final IncidentRooms rooms;

	IncidentProjection(IncidentTable incidents, IncidentStepTable steps, IncidentCountTable counts,
			IncidentCellTable cells, Facts facts, IncidentRooms rooms) {
		this.incidents = incidents;
		this.steps = steps;
		this.counts = counts;
		this.cells = cells;
		this.facts = facts;
		this.rooms = rooms;
	}

	void reported(RecordedEntry entry, IncidentPayloads.Reported reported) {
		IncidentReport r = reported.report();
		LocalDate day = this.rooms.of(entry.log()).day(r.from());
		this.incidents.insert(entry, reported, day);
		this.counts.add(entry.log(), day, reported.placement().zones(), r.type(), IncidentStatus.REPORTED, 1);
		this.cells.add(entry.log(), day, r.lon(), r.lat(), IncidentStatus.REPORTED, 1);
	}

	void step(RecordedEntry entry, IncidentPayloads.Step step) {
		long target = entry.refs().get(0);
		Optional<Incident> incident = this.incidents.find(entry.log(), target);
		String conflict = incident.isEmpty() ? "incident.unknown"
				: IncidentRules.step(incident.get(), step.to(), entry.recordedBy());
		this.steps.insert(entry, target, step.to().code(), step.note(), conflict);
		if (conflict == null) {
			this.incidents.status(entry.log(), target, step.to(), entry.index(), entry.recordedBy());
			counted(incident.get(), incident.get().status(), -1);
			counted(incident.get(), step.to(), 1);
		}
	}

	void duplicate(RecordedEntry entry, IncidentPayloads.Duplicate duplicate) {
		long copy = entry.refs().get(0);
		long original = entry.refs().get(1);
		Optional<Incident> a = this.incidents.find(entry.log(), copy);
		Optional<Incident> b = this.incidents.find(entry.log(), original);
		String conflict = a.isEmpty() || b.isEmpty() ? "incident.unknown" : IncidentRules.duplicate(a.get(), b.get());
		this.steps.insert(entry, copy, "merged", "#" + original + (duplicate.note() == null ? "" : " " + duplicate.note()),
				conflict);
		if (conflict == null) {
			this.incidents.merge(entry.log(), copy, original);
			counted(a.get(), a.get().status(), -1);
		}
	}

	void breach(RecordedEntry entry, IncidentPayloads.Breach breach) {
		long target = entry.refs().get(0);
		Optional<Incident> incident = this.incidents.find(entry.log(), target);
		String conflict = incident.isEmpty() ? "incident.unknown" : IncidentRules.breach(incident.get());
		this.steps.breach(entry, target, breach, conflict);
		this.steps.insert(entry, target, "breach", breach.obligation() + (breach.note() == null ? "" : " " + breach.note()),
				conflict);
		if (conflict == null) {
			this.facts.record(fact(entry, incident.get(), breach));
		}
	}

	/** Keeps the counts: a merged duplicate is counted nowhere, and the rules apply no step to one. */
	private void counted(Incident incident, IncidentStatus status, int delta) {
		this.counts.add(incident.log(), incident.day(), incident.zones(), incident.type(), status, delta);
		this.cells.add(incident.log(), incident.day(), incident.lon(), incident.lat(), status, delta);
	}

	private static Fact fact(RecordedEntry entry, Incident incident, IncidentPayloads.Breach breach) {
		Map<String, Set<String>> dimensions = new HashMap<>();
		breach.where().forEach((key, value) -> {
			if (!Selection.PARTY.equals(key)) {
				dimensions.computeIfAbsent(key, k -> new HashSet<>()).add(value);
			}
		});
		dimensions.computeIfAbsent("type", k -> new HashSet<>()).add(incident.type().code());
		if (!incident.zones().isEmpty()) {
			dimensions.computeIfAbsent("zone", k -> new HashSet<>()).addAll(incident.zones());
		}
		dimensions.put("incident", Set.of(Long.toString(incident.index())));
		return new Fact(entry.log(), entry.index(), entry.recordedAt(), incident.from(), breach.measure(),
				breach.responsible(), 1, dimensions);
	}

}
