package org.raqib.server.agreement.compliance;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A count over the whole window reaching a target by its end (33 held persons in phase 1), and a quota
 * per window. Reached is fulfilled at once, with the facts that reached it (in the order the room
 * recorded them) as evidence; a window that ended short is breached; before that, the count is held to a
 * straight-line pace over the window and is at risk when behind it (an open window has no pace). The
 * figures are the running total on each day something was counted, then the total.
 */
final class TotalJudge {

	private TotalJudge() {
	}

	static Assessment judge(Obligation.Total total, Judgement judgement) {
		return judge(total, total.counted(), total.atLeast(), total.unit(), judgement);
	}

	static Assessment judge(Obligation.Quota quota, Judgement judgement) {
		return judge(quota, quota.counted(), quota.atLeast(), quota.unit(), judgement);
	}

	private static Assessment judge(Obligation obligation, Selection counted, long atLeast, String unit,
			Judgement judgement) {
		Window window = obligation.window();
		Tally tally = judgement.tally(Criterion.of(counted, window), Grouping.byDay(judgement.zone()));
		List<Assessment.Figure> figures = runningTotals(tally.counts(judgement.view()), atLeast);
		long sum = figures.get(figures.size() - 1).value();
		List<Object> args = List.of(sum, atLeast, unit);
		if (sum >= atLeast) {
			return Judgement.assessment(obligation, Status.FULFILLED,
					Evidence.reaching(tally, judgement.view(), atLeast), Reason.TOTAL_REACHED, args, figures);
		}
		if (judgement.ended(window)) {
			return Judgement.assessment(obligation, Status.BREACHED, Evidence.all(tally, judgement.view()),
					Reason.TOTAL_SHORT, args, figures);
		}
		if (window.start() != null && window.end() != null) {
			double gone = (double) Duration.between(window.start(), judgement.at()).toMillis()
					/ Duration.between(window.start(), window.end()).toMillis();
			double pace = atLeast * Math.min(1, gone);
			if (sum < pace) {
				return Judgement.assessment(obligation, Status.AT_RISK, List.of(), Reason.TOTAL_BEHIND,
						List.of(sum, atLeast, unit, (long) Math.floor(pace)), figures);
			}
		}
		return Judgement.assessment(obligation, Status.ON_TRACK, List.of(), Reason.TOTAL_ON_PACE, args, figures);
	}

	private static List<Assessment.Figure> runningTotals(Map<Object, Tally.Count> counts, long atLeast) {
		var figures = new ArrayList<Assessment.Figure>();
		long running = 0;
		for (LocalDate day : counts.keySet().stream().map(LocalDate.class::cast).sorted().toList()) {
			running += counts.get(day).sum();
			figures.add(new Assessment.Figure(Judgement.RUNNING_TOTAL, day, running, atLeast));
		}
		figures.add(new Assessment.Figure(Judgement.TOTAL, null, running, atLeast));
		return figures;
	}

}
