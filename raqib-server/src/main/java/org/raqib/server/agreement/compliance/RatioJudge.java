package org.raqib.server.agreement.compliance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * So many released per one counted (30 prisoners per civilian hostage), per group (round) and over the
 * groups judged so far. A group is judged once any released fact of it is known: then fewer released
 * than due breaches it. A group with persons counted and none released yet is at risk while the window
 * lasts, and breached once it has ended. The cumulative figure sums the judged groups only, so a round
 * still under way does not count against the rounds before it.
 */
final class RatioJudge {

	private RatioJudge() {
	}

	private record Group(Object key, long released, long per, long due, boolean judged) {
	}

	static Assessment judge(Obligation.Ratio ratio, Judgement judgement) {
		Grouping grouping = Grouping.by(ratio.groupBy());
		Tally released = judgement.tally(Criterion.of(ratio.released(), ratio.window()), grouping);
		Tally per = judgement.tally(Criterion.of(ratio.per(), ratio.window()), grouping);
		List<Group> groups = groups(ratio.ratio(), released.counts(judgement.view()), per.counts(judgement.view()));
		List<Assessment.Figure> figures = figures(ratio, groups);
		List<Group> below = groups.stream().filter(g -> g.judged() && g.released() < g.due()).toList();
		List<Group> waiting = groups.stream().filter(g -> !g.judged() && g.per() > 0).toList();
		boolean over = judgement.ended(ratio.window());
		if (!below.isEmpty()) {
			Group first = below.get(0);
			return Judgement.assessment(ratio, Status.BREACHED, evidence(released, per, below, judgement),
					Reason.RATIO_BELOW,
					List.of(label(ratio, first), first.released(), first.per(), first.due(), ratio.ratio()), figures);
		}
		if (!waiting.isEmpty()) {
			Group first = waiting.get(0);
			return Judgement.assessment(ratio, over ? Status.BREACHED : Status.AT_RISK,
					evidence(released, per, waiting, judgement), over ? Reason.RATIO_NOT_RELEASED : Reason.RATIO_AWAITING,
					List.of(label(ratio, first), first.per(), first.due()), figures);
		}
		long perJudged = groups.stream().filter(Group::judged).mapToLong(Group::per).sum();
		return Judgement.assessment(ratio, over ? Status.FULFILLED : Status.ON_TRACK, List.of(), Reason.RATIO_MET,
				List.of(figures.get(figures.size() - 1).value(), perJudged, ratio.ratio()), figures);
	}

	/** Each group's released against its due, then the judged groups' together. */
	private static List<Assessment.Figure> figures(Obligation.Ratio ratio, List<Group> groups) {
		var figures = new ArrayList<Assessment.Figure>();
		long released = 0;
		long due = 0;
		for (Group group : groups) {
			if (ratio.groupBy() != null) {
				figures.add(new Assessment.Figure(label(ratio, group), null, group.released(), group.due()));
			}
			if (group.judged()) {
				released += group.released();
				due += group.due();
			}
		}
		figures.add(new Assessment.Figure(Judgement.CUMULATIVE, null, released, due));
		return figures;
	}

	private static List<Group> groups(long ratio, Map<Object, Tally.Count> released, Map<Object, Tally.Count> per) {
		var keys = new TreeSet<Object>(GROUP_ORDER);
		keys.addAll(released.keySet());
		keys.addAll(per.keySet());
		var groups = new ArrayList<Group>();
		for (Object key : keys) {
			Tally.Count out = released.get(key);
			Tally.Count owed = per.get(key);
			long perSum = owed == null ? 0 : owed.sum();
			groups.add(new Group(key, out == null ? 0 : out.sum(), perSum, Math.multiplyExact(ratio, perSum), out != null));
		}
		return groups;
	}

	private static List<Long> evidence(Tally released, Tally per, List<Group> groups, Judgement judgement) {
		var keys = groups.stream().map(Group::key).toList();
		var evidence = new TreeSet<Long>(Evidence.of(released, judgement.view(), keys::contains));
		evidence.addAll(Evidence.of(per, judgement.view(), keys::contains));
		return List.copyOf(evidence);
	}

	private static String label(Obligation.Ratio ratio, Group group) {
		return ratio.groupBy() == null ? Judgement.CUMULATIVE : ratio.groupBy() + "=" + group.key();
	}

	/** Rounds in numeric order (2 before 10), other values alphabetically. */
	static final Comparator<Object> GROUP_ORDER = Comparator.comparing((Object key) -> !isNumber(key))
		.thenComparing(key -> isNumber(key) ? Long.parseLong(key.toString()) : 0L)
		.thenComparing(Object::toString);

	private static boolean isNumber(Object key) {
		String text = key.toString();
		return !text.isEmpty() && text.length() <= 18 && text.chars().allMatch(c -> c >= '0' && c <= '9');
	}

}
