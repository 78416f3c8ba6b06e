package org.raqib.server.movement;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.raqib.server.system.InvalidInput.FieldProblem;

/**
 * The rules a movement record must keep. The services check them before appending (a broken rule is a
 * named error and nothing is appended); the projection checks them again on every entry, against the
 * entry's own time instead of the clock, and keeps an entry that breaks one flagged and uncounted (a party
 * that signs its own entries is not stopped by the service).
 */
final class MovementRules {

	/** A count covers at most a day, so the day it counts for is the day it happened. */
	static final Duration LONGEST_WINDOW = Duration.ofHours(24);

	/** A phone's clock may run a little ahead of the server's. */
	static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	private MovementRules() {
	}

	/** What is wrong with a count recorded at {@code now}, given the standing counts its window overlaps. */
	static List<FieldProblem> count(MovementRoom room, String party, MovementPayloads.Count count, Instant now,
			List<Long> overlapping) {
		var problems = new ArrayList<FieldProblem>();
		party(room, party).ifPresent(problems::add);
		passage(room, count.counted().passage()).ifPresent(problems::add);
		if (count.to().isBefore(count.from())) {
			problems.add(problem("to", "movement.window.ends-before-start"));
		}
		else if (Duration.between(count.from(), count.to()).compareTo(LONGEST_WINDOW) > 0) {
			problems.add(problem("to", "movement.window.too-long"));
		}
		if (count.to().isAfter(now.plus(CLOCK_SKEW))) {
			problems.add(problem("to", "movement.time.future"));
		}
		if (!overlapping.isEmpty()) {
			problems.add(problem("from", "movement.count.overlaps", overlapping.get(0)));
		}
		return problems;
	}

	/** What is wrong with another source's count, recorded at {@code now}. */
	static List<FieldProblem> reported(MovementRoom room, String party, MovementPayloads.ReportedCount reported,
			Instant now) {
		var problems = new ArrayList<FieldProblem>();
		party(room, party).ifPresent(problems::add);
		passage(room, reported.counted().passage()).ifPresent(problems::add);
		if (reported.day().isAfter(room.day(now.plus(CLOCK_SKEW)))) {
			problems.add(problem("day", "movement.time.future"));
		}
		return problems;
	}

	/**
	 * What is wrong with a named list that refers to these counts: each must stand, all of one day and
	 * passage, and the list may name no more persons of a category than the counts counted.
	 */
	static List<FieldProblem> list(MovementRoom room, String party, List<MovementCategory> categories,
			List<Optional<CrossingMovement>> counts) {
		var problems = new ArrayList<FieldProblem>();
		party(room, party).ifPresent(problems::add);
		if (counts.isEmpty() || counts.stream().anyMatch(c -> c.isEmpty() || !c.get().counts())) {
			problems.add(problem("counts", "movement.list.count.unknown"));
			return problems;
		}
		List<CrossingMovement> standing = counts.stream().map(Optional::get).toList();
		if (standing.stream().map(c -> c.day().toString() + c.passage()).distinct().count() > 1) {
			problems.add(problem("counts", "movement.list.counts.one-day"));
		}
		Map<MovementCategory, Long> counted = new EnumMap<>(MovementCategory.class);
		standing.forEach(c -> counted.merge(c.category(), c.count(), Long::sum));
		Map<MovementCategory, Long> named = new EnumMap<>(MovementCategory.class);
		categories.forEach(c -> named.merge(c, 1L, Long::sum));
		named.forEach((category, n) -> {
			long of = counted.getOrDefault(category, 0L);
			if (n > of) {
				problems.add(problem("persons", "movement.list.more-than-counted", category.code(), n, of));
			}
		});
		return problems;
	}

	private static Optional<FieldProblem> party(MovementRoom room, String party) {
		return room.parties().contains(party) ? Optional.empty()
				: Optional.of(problem("party", "movement.party.unknown", party));
	}

	private static Optional<FieldProblem> passage(MovementRoom room, Passage passage) {
		if (room.knows(passage)) {
			return Optional.empty();
		}
		return Optional.of(passage.route() ? problem("route", "movement.route.unknown", passage.id())
				: problem("crossing", "movement.crossing.unknown", passage.id()));
	}

	static FieldProblem problem(String field, String code, Object... arguments) {
		return new FieldProblem(field, code, List.of(arguments));
	}

}
