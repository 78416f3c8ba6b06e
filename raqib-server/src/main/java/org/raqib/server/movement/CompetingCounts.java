package org.raqib.server.movement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.raqib.server.access.RaqibUser;
import org.raqib.server.record.Appended;
import org.raqib.server.record.Appending;
import org.raqib.server.system.InvalidInput;
import org.raqib.server.system.InvalidInput.FieldProblem;
import org.springframework.stereotype.Service;

/**
 * Counts other sources published, recorded by a room member as the source said them: side by side with the
 * room's own, none overriding another, none counted for the agreement's obligations.
 */
@Service
public class CompetingCounts {

	/** What a source said: so many of a category through a passage in one direction on a day. */
	public record Report(String party, String source, SourceKind sourceKind, @Nullable String link, Passage passage,
			Direction direction, MovementCategory category, long count, LocalDate day, @Nullable String note) {
	}

	private final MovementRooms rooms;

	private final Appending appending;

	private final Clock clock;

	CompetingCounts(MovementRooms rooms, Appending appending, Clock clock) {
		this.rooms = rooms;
		this.appending = appending;
		this.clock = clock;
	}

	/** @throws InvalidInput naming each problem (source, passage, count, a day in the future). */
	public Appended record(RaqibUser user, String log, Report report) {
		RecordingParty.check(user, log, report.party());
		return record(user.getUsername(), log, report);
	}

	Appended record(String recordedBy, String log, Report report) {
		MovementRoom room = this.rooms.of(log);
		if (report.source().isBlank()) {
			throw InvalidInput.of("source", "movement.source.required");
		}
		var reported = new MovementPayloads.ReportedCount(report.source().strip(), report.sourceKind(),
				blank(report.link()), new MovementPayloads.Counted(report.passage(), report.direction(),
						report.category(), report.count()), report.day(), blank(report.note()));
		byte[] payload = reported.write();
		MovementPayloads.ReportedCount.read(payload);
		List<FieldProblem> problems = MovementRules.reported(room, report.party(), reported, this.clock.instant());
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		return this.appending.append(log, MovementKinds.REPORTED, report.party(), recordedBy, payload, List.of());
	}

	private static @Nullable String blank(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
