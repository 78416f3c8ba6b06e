package org.raqib.server.movement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.raqib.server.agreement.compliance.Fact;
import org.raqib.server.agreement.compliance.Facts;
import org.raqib.server.record.RecordedEntry;
import org.raqib.server.system.InvalidInput.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * Projects the movement entries into the module's tables and feeds the compliance engine: each of the
 * room's counts that keeps the rules is a {@code movement.crossed} fact (attributed to the recording party,
 * dated by the start of its window, with its crossing or route, category, direction and mode). Counts other
 * sources published are kept beside them and never become facts.
 */
@Component
class MovementProjection {

	static final String CROSSED = "movement.crossed";

	private final MovementCountTable counts;

	private final MovementReportedTable reported;

	private final NamedListTable lists;

	private final MovementRooms rooms;

	private final Facts facts;

	MovementProjection(MovementCountTable counts, MovementReportedTable reported, NamedListTable lists, MovementRooms rooms,
			Facts facts) {
		this.counts = counts;
		this.reported = reported;
		this.lists = lists;
		this.rooms = rooms;
		this.facts = facts;
	}

	void counted(RecordedEntry entry, MovementPayloads.Count count) {
		MovementRoom room = this.rooms.of(entry.log());
		List<FieldProblem> broken = MovementRules.count(room, entry.party(), count, entry.recordedAt(),
				this.counts.overlapping(entry.log(), count));
		String conflict = broken.isEmpty() ? null : broken.get(0).code();
		this.counts.insert(entry, count, room.day(count.from()), conflict);
		if (conflict == null) {
			this.facts.record(fact(entry.log(), entry.index(), entry, count));
		}
	}

	void reported(RecordedEntry entry, MovementPayloads.ReportedCount count) {
		List<FieldProblem> broken = MovementRules.reported(this.rooms.of(entry.log()), entry.party(), count,
				entry.recordedAt());
		this.reported.insert(entry, count, broken.isEmpty() ? null : broken.get(0).code());
	}

	/** A list whose identifier is taken stays in the log only: the first list of that name is the one shown. */
	void listed(RecordedEntry entry, MovementPayloads.NamedList list) {
		if (this.lists.exists(entry.log(), list.list())) {
			return;
		}
		List<Optional<CrossingMovement>> linked = entry.refs().stream()
			.map(index -> this.counts.find(entry.log(), index)).toList();
		List<FieldProblem> broken = MovementRules.list(this.rooms.of(entry.log()), entry.party(),
				list.persons().stream().map(MovementPayloads.NamedPerson::category).toList(), linked);
		CrossingMovement first = linked.stream().flatMap(Optional::stream).findFirst().orElse(null);
		this.lists.insert(entry, list, first == null ? java.time.LocalDate.EPOCH : first.day(),
				first == null ? "" : first.passage().id(), broken.isEmpty() ? null : broken.get(0).code());
	}

	/** A count retracted, or corrected to another number (the same passage, window, direction and category). */
	boolean revise(RecordedEntry revision, RecordedEntry target, MovementPayloads.@Nullable Count replacement) {
		Optional<CrossingMovement> count = this.counts.find(target.log(), target.index());
		if (count.isEmpty() || !count.get().counts()) {
			return false;
		}
		MovementPayloads.Count original = MovementPayloads.Count.read(target.payload());
		if (replacement == null) {
			this.counts.revise(target.log(), target.index(), "retracted", revision.index());
			this.facts.withdraw(target.log(), target.index(), revision.index());
			return true;
		}
		if (!sameExceptNumber(original, replacement)) {
			return false;
		}
		this.counts.correct(target.log(), target.index(), replacement.counted().count(), revision.index());
		this.facts.withdraw(target.log(), target.index(), revision.index());
		this.facts.record(fact(target.log(), revision.index(), revision, replacement));
		return true;
	}

	private static boolean sameExceptNumber(MovementPayloads.Count a, MovementPayloads.Count b) {
		MovementPayloads.Counted x = a.counted();
		MovementPayloads.Counted y = b.counted();
		return x.passage().equals(y.passage()) && x.direction() == y.direction() && x.category() == y.category()
				&& a.mode() == b.mode() && a.from().equals(b.from()) && a.to().equals(b.to());
	}

	private static Fact fact(String log, long index, RecordedEntry entry, MovementPayloads.Count count) {
		MovementPayloads.Counted c = count.counted();
		var dimensions = new LinkedHashMap<String, Set<String>>();
		dimensions.put(c.passage().kind(), Set.of(c.passage().id()));
		dimensions.put("category", Set.of(c.category().code()));
		dimensions.put("direction", Set.of(c.direction().code()));
		if (count.mode() != null) {
			dimensions.put("mode", Set.of(count.mode().code()));
		}
		return new Fact(log, index, entry.recordedAt(), count.from(), CROSSED, entry.party(), c.count(), dimensions);
	}

}
