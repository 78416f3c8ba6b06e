package org.raqib.server.agreement.compliance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Each {@code trigger} fact in the window preceded, by at least {@code lead}, by a {@code done} fact with
 * the same value of {@code matchOn} (the names of a round's hostages handed over 24 hours before the
 * round's release), or by any {@code done} fact when {@code matchOn} is not set. A {@code done} fact counts
 * whenever it occurred, even before the window. A trigger without a value of {@code matchOn} is taken as
 * matched by any {@code done} fact: the engine claims a breach only on a match it can check. A trigger not
 * preceded breaches the obligation, with the trigger and the late {@code done} facts of its value as
 * evidence; otherwise it is on track, and fulfilled once the window has ended.
 */
final class AheadOfJudge {

	private AheadOfJudge() {
	}

	static Assessment judge(Obligation.Deadline deadline, Judgement judgement) {
		if (deadline.trigger() == null) {
			return Judgement.assessment(deadline, Status.NOT_ASSESSABLE, Reason.NO_TRIGGER);
		}
		Duration lead = deadline.lead() != null ? deadline.lead() : Duration.ZERO;
		Grouping grouping = Grouping.by(deadline.matchOn());
		Tally done = judgement.tally(Criterion.of(deadline.done(), Window.ALWAYS), grouping);
		Tally triggers = judgement.tally(Criterion.of(deadline.trigger(), deadline.window()), grouping);
		var check = new Check(firstDone(done, judgement), lead.toNanos() / 1000);
		triggers.scan(judgement.view(), (position, group) -> check.trigger(triggers, position, group));
		if (!check.late.isEmpty()) {
			var evidence = new ArrayList<Long>(check.late);
			evidence.addAll(Evidence.of(done, judgement.view(), check.lateKeys::contains));
			return Judgement.assessment(deadline, Status.BREACHED, evidence, Reason.DEADLINE_NOT_AHEAD,
					List.of((long) check.late.size(), (long) check.all.size(), lead.toHours(),
							judgement.time(check.firstLate)), List.of());
		}
		return Judgement.assessment(deadline, judgement.ended(deadline.window()) ? Status.FULFILLED : Status.ON_TRACK,
				List.of(), Reason.DEADLINE_AHEAD, List.of((long) check.all.size(), lead.toHours()), List.of());
	}

	/** For each value of {@code matchOn}, when its first {@code done} fact occurred. */
	private static Map<Object, Long> firstDone(Tally done, Judgement judgement) {
		var first = new HashMap<Object, Long>();
		done.scan(judgement.view(), (position, group) -> {
			first.merge(done.key(group), done.facts().occurred(position), Math::min);
			return true;
		});
		return first;
	}

	/** The triggers met so far, and those not preceded in time. */
	private static final class Check {

		private final Map<Object, Long> firstDone;

		private final long anyDone;

		private final long lead;

		final Set<Long> all = new TreeSet<>();

		final Set<Long> late = new TreeSet<>();

		final Set<Object> lateKeys = new TreeSet<>(RatioJudge.GROUP_ORDER);

		long firstLate = Micros.MAX;

		Check(Map<Object, Long> firstDone, long leadMicros) {
			this.firstDone = firstDone;
			this.anyDone = firstDone.values().stream().mapToLong(Long::longValue).min().orElse(Micros.MAX);
			this.lead = leadMicros;
		}

		boolean trigger(Tally triggers, int position, int group) {
			Object key = triggers.key(group);
			long occurred = triggers.facts().occurred(position);
			long before = Grouping.UNGROUPED.equals(key) ? this.anyDone : this.firstDone.getOrDefault(key, Micros.MAX);
			this.all.add(triggers.facts().index(position));
			if (before > occurred - this.lead) {
				this.late.add(triggers.facts().index(position));
				this.lateKeys.add(key);
				this.firstLate = Math.min(this.firstLate, occurred);
			}
			return true;
		}

	}

}
