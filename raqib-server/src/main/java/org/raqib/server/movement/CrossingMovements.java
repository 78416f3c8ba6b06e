package org.raqib.server.movement;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.raqib.server.access.RaqibUser;
import org.raqib.server.record.Appended;
import org.raqib.server.record.Appending;
import org.raqib.server.system.InvalidInput;
import org.raqib.server.system.InvalidInput.FieldProblem;
import org.springframework.stereotype.Service;

/** The room's own counts of people crossing: checked whole, then appended signed by the recording party. */
@Service
public class CrossingMovements {

	/** A count to record: so many of a category through a passage in one direction, in a window of time. */
	public record CountRequest(String party, Passage passage, Direction direction, MovementCategory category,
			long count, @Nullable TravelMode mode, Instant from, Instant to) {
	}

	private final MovementCountTable counts;

	private final MovementRooms rooms;

	private final Appending appending;

	private final Clock clock;

	CrossingMovements(MovementCountTable counts, MovementRooms rooms, Appending appending, Clock clock) {
		this.counts = counts;
		this.rooms = rooms;
		this.appending = appending;
		this.clock = clock;
	}

	/**
	 * Records a count for the request's party.
	 * @throws InvalidInput naming each broken rule: an unknown crossing or route, a count below 0 or above a
	 * million, a mode off a route, a window ending before it starts or longer than a day, a time in the
	 * future, a window overlapping a standing count of the same passage, direction, category and mode.
	 */
	public Appended record(RaqibUser user, String log, CountRequest request) {
		RecordingParty.check(user, log, request.party());
		return record(user.getUsername(), log, request);
	}

	/** {@link #record(RaqibUser, String, CountRequest)} once the recorder is known to record for the party. */
	Appended record(String recordedBy, String log, CountRequest request) {
		MovementRoom room = this.rooms.of(log);
		var count = new MovementPayloads.Count(new MovementPayloads.Counted(request.passage(), request.direction(),
				request.category(), request.count()), request.mode(), request.from(), request.to());
		byte[] payload = count.write();
		MovementPayloads.Count.read(payload);
		List<FieldProblem> problems = MovementRules.count(room, request.party(), count, this.clock.instant(),
				this.counts.overlapping(log, count));
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		return this.appending.append(log, MovementKinds.COUNTED, request.party(), recordedBy, payload, List.of());
	}

}
