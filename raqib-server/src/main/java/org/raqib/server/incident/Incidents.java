package org.raqib.server.incident;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.raqib.server.access.RaqibUser;
import org.raqib.server.record.Appended;
import org.raqib.server.record.Appending;
import org.raqib.server.record.RoomAccess;
import org.raqib.server.system.InvalidInput;
import org.raqib.server.system.InvalidInput.FieldProblem;
import org.raqib.server.system.NotFound;
import org.raqib.server.system.Rejected;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * The incident module's API: record a report, read incidents and their counts per day, zone and type. What a
 * user reads is cut to what the user may see: the room sees every report, anyone else only published ones.
 * The workflow's steps are in {@link IncidentWorkflow}.
 */
@Service
public class Incidents {

	/** The statuses of reports that stand: every one but the dismissed. */
	public static final Set<IncidentStatus> STANDING = Set.of(IncidentStatus.REPORTED, IncidentStatus.UNDER_REVIEW,
			IncidentStatus.VERIFIED, IncidentStatus.NOT_VERIFIED, IncidentStatus.PUBLISHED);

	private final IncidentRooms rooms;

	private final IncidentTable incidents;

	private final IncidentStepTable steps;

	private final Appending appending;

	private final Clock clock;

	Incidents(IncidentRooms rooms, IncidentTable incidents, IncidentStepTable steps, Appending appending, Clock clock) {
		this.rooms = rooms;
		this.incidents = incidents;
		this.steps = steps;
		this.appending = appending;
		this.clock = clock;
	}

	/**
	 * Records a draft report (status {@code reported}) for the party, placed in the agreement's zones.
	 * @throws InvalidInput naming each problem: a window ending before it starts or in the future, a position
	 * off the globe or outside the agreement's area, an unknown party, actor party or observer post, no source.
	 */
	public Appended report(RaqibUser user, String log, String party, IncidentReport report) {
		IncidentRoom room = this.rooms.of(log);
		if (!Duties.mayReportFor(user, log, party)) {
			throw new Rejected(HttpStatus.FORBIDDEN, "NOT_YOUR_PARTY", "you do not report for " + party + " here");
		}
		return report(room, user.getUsername(), party, report);
	}

	/** {@link #report(RaqibUser, String, String, IncidentReport)} once the reporter may report for the party. */
	Appended report(String recordedBy, String log, String party, IncidentReport report) {
		return report(this.rooms.of(log), recordedBy, party, report);
	}

	private Appended report(IncidentRoom room, String recordedBy, String party, IncidentReport report) {
		List<FieldProblem> problems = problems(room, party, report);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		var reported = new IncidentPayloads.Reported(report, room.place(report.lon(), report.lat()));
		byte[] payload = reported.write();
		IncidentPayloads.Reported.read(payload);
		return this.appending.append(room.id(), IncidentKinds.REPORTED, party, recordedBy, payload, List.of());
	}

	/** What is wrong with a report for this agreement, every problem named by its field. */
	List<FieldProblem> problems(IncidentRoom room, String party, IncidentReport r) {
		var problems = new ArrayList<FieldProblem>();
		if (!room.hasParty(party)) {
			problems.add(problem("party", "incident.party.unknown", party));
		}
		if (r.to().isBefore(r.from())) {
			problems.add(problem("to", "incident.window.backwards"));
		}
		if (r.from().isAfter(this.clock.instant())) {
			problems.add(problem("from", "incident.window.future"));
		}
		String position = room.positionProblem(r.lon(), r.lat());
		if (position != null) {
			problems.add(problem("lon", position, r.lon(), r.lat()));
		}
		if (r.timePrecision() < 1 || r.timePrecision() > 3) {
			problems.add(problem("timePrecision", "incident.precision", r.timePrecision()));
		}
		if (r.geoPrecision() < 1 || r.geoPrecision() > 3) {
			problems.add(problem("geoPrecision", "incident.precision", r.geoPrecision()));
		}
		if (r.responsible() != null && !room.hasParty(r.responsible())) {
			problems.add(problem("responsible", "incident.party.unknown", r.responsible()));
		}
		for (int i = 0; i < r.actors().size(); i++) {
			String actorParty = r.actors().get(i).party();
			if (actorParty != null && !room.hasParty(actorParty)) {
				problems.add(problem("actors[" + i + "].party", "incident.party.unknown", actorParty));
			}
		}
		if (r.observation() != null && r.observation().observerPost() != null
				&& (room.geography() == null || room.geography().posts().stream()
					.noneMatch(p -> p.id().equals(r.observation().observerPost())))) {
			problems.add(problem("observerPost", "incident.post.unknown", r.observation().observerPost()));
		}
		if (r.sources().isEmpty()) {
			problems.add(problem("sources", "incident.source.required"));
		}
		if (r.narrative().ar() == null && r.narrative().en() == null) {
			problems.add(problem("narrative", "incident.narrative.required"));
		}
		return problems;
	}

	/** One incident, if the user may see it (the room: any; others: published ones). */
	public Optional<Incident> find(@Nullable RaqibUser user, String log, long index) {
		boolean room = RoomAccess.isRoomMember(user, log);
		return this.incidents.find(log, index).filter(i -> room || i.published()).map(i -> room ? i : i.forPublic());
	}

	/** The incidents the filter selects, latest first, cut to published ones for anyone outside the room. */
	public List<Incident> list(@Nullable RaqibUser user, String log, IncidentFilter filter) {
		List<Incident> found = this.incidents.list(log, visible(user, log, filter));
		return RoomAccess.isRoomMember(user, log) ? found : found.stream().map(Incident::forPublic).toList();
	}

	/** The published incidents of a period of local days (both included), latest first. */
	public List<Incident> published(String log, LocalDate from, LocalDate to) {
		return this.incidents.list(log, IncidentFilter.period(from, to, Set.of(IncidentStatus.PUBLISHED))).stream()
			.map(Incident::forPublic).toList();
	}

	/**
	 * Incidents per local day, zone and type over a period (both days included): published ones only, or every
	 * report standing (not dismissed, not merged into another).
	 */
	public List<DayCount> countPerDay(String log, LocalDate from, LocalDate to, boolean publishedOnly) {
		Set<IncidentStatus> statuses = publishedOnly ? Set.of(IncidentStatus.PUBLISHED) : STANDING;
		return this.incidents.perDay(log, IncidentFilter.period(from, to, statuses));
	}

	/** When the latest incident of a log began, before {@code until} (for the dashboard's window). */
	public Optional<java.time.Instant> latest(String log, java.time.Instant until) {
		return this.incidents.latest(log, until);
	}

	/** An incident's history: its steps, merges and confirmed breaches, oldest first. */
	public List<IncidentStep> history(String log, long index) {
		return this.steps.of(log, index);
	}

	/** The duplicates merged into an incident. */
	public List<Incident> duplicatesOf(String log, long index) {
		return this.incidents.duplicatesOf(log, index);
	}

	static IncidentFilter visible(@Nullable RaqibUser user, String log, IncidentFilter filter) {
		return RoomAccess.isRoomMember(user, log) ? filter : filter.publishedOnly();
	}

	Incident get(String log, long index) {
		return this.incidents.find(log, index).orElseThrow(() -> new NotFound("incident " + index));
	}

	private static FieldProblem problem(String field, String code, Object... arguments) {
		return new FieldProblem(field, code, List.of(arguments));
	}

}
