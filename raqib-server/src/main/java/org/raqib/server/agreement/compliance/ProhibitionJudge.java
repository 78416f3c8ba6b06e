package org.raqib.server.agreement.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What must not happen in the window: a prohibited fact in a zone (heavy weapons in the demilitarized
 * zone) or a violation attributed to the responsible party (military action along the line of contact
 * from 00:01 on 6 March 2020). One such fact breaches the obligation, and every one is evidence;
 * otherwise it is on track, and fulfilled once the window has ended. The figures count them per day.
 */
final class ProhibitionJudge {

	/** The dimension that names where a fact happened. */
	static final String ZONE = "zone";

	private ProhibitionJudge() {
	}

	static Assessment judge(Obligation.ZoneRestriction restriction, Judgement judgement) {
		var criterion = new Criterion(restriction.prohibited(), Map.of(ZONE, restriction.zone()), restriction.window());
		return judge(restriction, criterion, Reason.ZONE_ENTERED, Reason.ZONE_CLEAR, restriction.zone(), judgement);
	}

	static Assessment judge(Obligation.Cessation cessation, Judgement judgement) {
		var criterion = new Criterion(cessation.violations(), Map.of(Selection.PARTY, cessation.responsible()),
				cessation.window());
		return judge(cessation, criterion, Reason.CESSATION_VIOLATED, Reason.CESSATION_KEPT, cessation.responsible(),
				judgement);
	}

	private static Assessment judge(Obligation obligation, Criterion criterion, Reason broken, Reason kept, String what,
			Judgement judgement) {
		Tally tally = judgement.tally(criterion, Grouping.byDay(judgement.zone()));
		Map<Object, Tally.Count> counts = tally.counts(judgement.view());
		var figures = new ArrayList<Assessment.Figure>();
		long facts = 0;
		for (LocalDate day : counts.keySet().stream().map(LocalDate.class::cast).sorted().toList()) {
			figures.add(new Assessment.Figure(Judgement.DAY, day, counts.get(day).facts(), 0));
			facts += counts.get(day).facts();
		}
		if (facts > 0) {
			int first = Evidence.earliest(tally, judgement.view());
			return Judgement.assessment(obligation, Status.BREACHED, Evidence.all(tally, judgement.view()), broken,
					List.of(facts, what, judgement.time(tally.facts().occurred(first))), figures);
		}
		return Judgement.assessment(obligation, judgement.ended(obligation.window()) ? Status.FULFILLED : Status.ON_TRACK,
				List.of(), kept, List.of(what), figures);
	}

}
