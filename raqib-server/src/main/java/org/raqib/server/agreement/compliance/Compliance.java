package org.raqib.server.agreement.compliance;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Judges an agreement's obligations against the facts of its log: live ({@link AsOf#latest}, from the
 * tallies kept up to date in memory), as the room knew them when an entry was recorded, or as of an event
 * time. Each assessment names its evidence (log indexes, at most {@value Judgement#EVIDENCE_LIMIT}, the
 * earliest first), its reason ({@code compliance.reason.*} and arguments: counts as numbers, days as
 * {@code yyyy-MM-dd}, times as {@code yyyy-MM-dd HH:mm} in the agreement's time zone) and its figures
 * (labelled {@code day}, {@code partial-day}, {@code today}, {@code running-total}, {@code total},
 * {@code cumulative}, or {@code <dimension>=<value>} for a ratio's group).
 *
 * <p>Before the rules of each kind: an obligation counting a measure no {@link MeasureSource} declares is
 * {@link Status#NOT_ASSESSABLE}; one whose window starts after the time of judgement is
 * {@link Status#PENDING}.
 */
@Service
public class Compliance {

	private final Facts facts;

	private final Supplier<Collection<? extends MeasureSource>> sources;

	private volatile @Nullable Set<String> measures;

	@Autowired
	Compliance(Facts facts, ObjectProvider<MeasureSource> sources) {
		this(facts, () -> sources.orderedStream().toList());
	}

	private Compliance(Facts facts, Supplier<Collection<? extends MeasureSource>> sources) {
		this.facts = facts;
		this.sources = sources;
	}

	/** An engine over the given facts and measure sources, without Spring: for tests and the benchmark. */
	public static Compliance over(Facts facts, Collection<? extends MeasureSource> sources) {
		List<MeasureSource> fixed = List.copyOf(sources);
		return new Compliance(facts, () -> fixed);
	}

	public List<Assessment> assess(String log, ZoneId zone, List<Obligation> obligations, AsOf asOf) {
		Set<String> known = measures();
		LogFacts memory = this.facts.memory(log);
		return memory.read(() -> {
			var judgement = new Judgement(memory, zone, asOf);
			var assessments = new ArrayList<Assessment>(obligations.size());
			obligations.forEach(obligation -> assessments.add(assess(obligation, judgement, known)));
			return assessments;
		});
	}

	private static Assessment assess(Obligation obligation, Judgement judgement, Set<String> known) {
		for (Selection selection : selections(obligation)) {
			if (!known.contains(selection.measure())) {
				return Judgement.assessment(obligation, Status.NOT_ASSESSABLE, Reason.UNKNOWN_MEASURE, selection.measure());
			}
		}
		Instant start = obligation.window().start();
		if (start != null && judgement.at().isBefore(start)) {
			return Judgement.assessment(obligation, Status.PENDING, Reason.PENDING, judgement.time(start));
		}
		return judge(obligation, judgement);
	}

	private static Assessment judge(Obligation obligation, Judgement judgement) {
		if (obligation instanceof Obligation.Quota quota) {
			return quota.per() == Obligation.Period.DAY ? DailyQuotaJudge.judge(quota, judgement)
					: TotalJudge.judge(quota, judgement);
		}
		if (obligation instanceof Obligation.Total total) {
			return TotalJudge.judge(total, judgement);
		}
		if (obligation instanceof Obligation.Ratio ratio) {
			return RatioJudge.judge(ratio, judgement);
		}
		if (obligation instanceof Obligation.Deadline deadline) {
			return DeadlineJudge.judge(deadline, judgement);
		}
		if (obligation instanceof Obligation.ZoneRestriction restriction) {
			return ProhibitionJudge.judge(restriction, judgement);
		}
		return ProhibitionJudge.judge((Obligation.Cessation) obligation, judgement);
	}

	/** The selections an obligation counts, each of whose measures some module must record. */
	static List<Selection> selections(Obligation obligation) {
		if (obligation instanceof Obligation.Quota quota) {
			return List.of(quota.counted());
		}
		if (obligation instanceof Obligation.Total total) {
			return List.of(total.counted());
		}
		if (obligation instanceof Obligation.Ratio ratio) {
			return List.of(ratio.released(), ratio.per());
		}
		if (obligation instanceof Obligation.Deadline deadline) {
			return deadline.trigger() == null ? List.of(deadline.done()) : List.of(deadline.done(), deadline.trigger());
		}
		if (obligation instanceof Obligation.ZoneRestriction restriction) {
			return List.of(restriction.prohibited());
		}
		return List.of(((Obligation.Cessation) obligation).violations());
	}

	private Set<String> measures() {
		Set<String> known = this.measures;
		if (known == null) {
			known = this.sources.get().stream().flatMap(source -> source.measures().stream()).collect(Collectors.toSet());
			this.measures = known;
		}
		return known;
	}

}
