package org.raqib.server.agreement.compliance;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Deadlines that a deed is done by, or not before. The time is the deadline's {@code at}, else its
 * window's end. Facts from the window's start count (so a deed done late is evidence of lateness).
 *
 * <p>{@code DONE_BY}: the first matching fact by the deadline fulfils it; the deadline passing without
 * one breaches it (with the late fact, if any, as evidence); in the last 24 hours before it, with nothing
 * done yet, it is at risk. {@code NOT_BEFORE}: any matching fact before the deadline breaches it; once
 * the deadline has passed without one, it is fulfilled. {@code AHEAD_OF}: see {@link AheadOfJudge}.
 */
final class DeadlineJudge {

	/** How long before a {@code DONE_BY} deadline an undone deed is at risk. */
	static final Duration AT_RISK_BEFORE = Duration.ofHours(24);

	private DeadlineJudge() {
	}

	static Assessment judge(Obligation.Deadline deadline, Judgement judgement) {
		if (deadline.timing() == Obligation.Timing.AHEAD_OF) {
			return AheadOfJudge.judge(deadline, judgement);
		}
		Instant due = deadline.at() != null ? deadline.at() : deadline.window().end();
		if (due == null) {
			return Judgement.assessment(deadline, Status.NOT_ASSESSABLE, Reason.NO_DEADLINE);
		}
		return deadline.timing() == Obligation.Timing.DONE_BY ? doneBy(deadline, due, judgement)
				: notBefore(deadline, due, judgement);
	}

	private static Assessment doneBy(Obligation.Deadline deadline, Instant due, Judgement judgement) {
		Tally tally = judgement.tally(Criterion.of(deadline.done(), new Window(deadline.window().start(), null)),
				Grouping.NONE);
		int first = Evidence.earliest(tally, judgement.view());
		FactColumns facts = tally.facts();
		if (first >= 0 && facts.occurred(first) <= Micros.floor(due)) {
			return Judgement.assessment(deadline, Status.FULFILLED, List.of(facts.index(first)), Reason.DEADLINE_DONE,
					List.of(judgement.time(facts.occurred(first)), judgement.time(due)), List.of());
		}
		if (!judgement.at().isBefore(due)) {
			return first >= 0
					? Judgement.assessment(deadline, Status.BREACHED, List.of(facts.index(first)), Reason.DEADLINE_LATE,
							List.of(judgement.time(facts.occurred(first)), judgement.time(due)), List.of())
					: Judgement.assessment(deadline, Status.BREACHED, Reason.DEADLINE_MISSED, judgement.time(due));
		}
		boolean soon = !judgement.at().isBefore(due.minus(AT_RISK_BEFORE));
		return Judgement.assessment(deadline, soon ? Status.AT_RISK : Status.ON_TRACK,
				soon ? Reason.DEADLINE_DUE_SOON : Reason.DEADLINE_DUE, judgement.time(due));
	}

	private static Assessment notBefore(Obligation.Deadline deadline, Instant due, Judgement judgement) {
		Tally tally = judgement.tally(Criterion.of(deadline.done(), new Window(deadline.window().start(), due)),
				Grouping.NONE);
		Map<Object, Tally.Count> counts = tally.counts(judgement.view());
		if (!counts.isEmpty()) {
			long early = counts.values().stream().mapToLong(Tally.Count::facts).sum();
			int first = Evidence.earliest(tally, judgement.view());
			return Judgement.assessment(deadline, Status.BREACHED, Evidence.all(tally, judgement.view()),
					Reason.DEADLINE_TOO_EARLY,
					List.of(early, judgement.time(due), judgement.time(tally.facts().occurred(first))), List.of());
		}
		return Judgement.assessment(deadline, judgement.at().isBefore(due) ? Status.ON_TRACK : Status.FULFILLED,
				Reason.DEADLINE_NOT_BEFORE_KEPT, judgement.time(due));
	}

}
