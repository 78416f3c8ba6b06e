package org.raqib.server.agreement.compliance;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A quota per calendar day in the agreement's time zone (600 trucks a day). Only days wholly inside the
 * window are judged: a partial first day (the agreement took effect at 08:30) is shown as
 * {@code partial-day} and never breaches it. A complete day below the quota breaches it, with that day's
 * facts as evidence. The current day is at risk while its count is behind the quota's pace for the part
 * of the day gone, reckoned at the time of judgement and never stored.
 */
final class DailyQuotaJudge {

	private DailyQuotaJudge() {
	}

	static Assessment judge(Obligation.Quota quota, Judgement judgement) {
		Tally tally = judgement.tally(Criterion.of(quota.counted(), quota.window()), Grouping.byDay(judgement.zone()));
		Map<Object, Tally.Count> counts = tally.counts(judgement.view());
		var figures = new ArrayList<Assessment.Figure>();
		var below = new ArrayList<LocalDate>();
		long complete = 0;
		@Nullable LocalDate today = null;
		boolean behind = false;
		long pace = 0;
		for (LocalDate day : days(quota.window(), counts, judgement)) {
			Instant start = judgement.startOf(day);
			Instant end = judgement.startOf(day.plusDays(1));
			long value = sum(counts, day);
			if (!whole(quota.window(), start, end)) {
				figures.add(new Assessment.Figure(Judgement.PARTIAL_DAY, day, value, quota.atLeast()));
			}
			else if (!end.isAfter(judgement.at())) {
				figures.add(new Assessment.Figure(Judgement.DAY, day, value, quota.atLeast()));
				complete++;
				if (value < quota.atLeast()) {
					below.add(day);
				}
			}
			else {
				figures.add(new Assessment.Figure(Judgement.TODAY, day, value, quota.atLeast()));
				double gone = (double) Duration.between(start, judgement.at()).toMillis()
						/ Duration.between(start, end).toMillis();
				today = day;
				behind = value < quota.atLeast() * gone;
				pace = (long) Math.floor(quota.atLeast() * gone);
			}
		}
		if (!below.isEmpty()) {
			List<Long> evidence = Evidence.of(tally, judgement.view(), below::contains);
			return Judgement.assessment(quota, Status.BREACHED, evidence, Reason.QUOTA_DAY_BELOW,
					List.of((long) below.size(), quota.atLeast(), quota.unit(), below.get(0).toString(), sum(counts, below.get(0))),
					figures);
		}
		if (judgement.ended(quota.window())) {
			return Judgement.assessment(quota, Status.FULFILLED, List.of(), Reason.QUOTA_MET,
					List.of(complete, quota.atLeast(), quota.unit()), figures);
		}
		if (behind) {
			LocalDate current = today;
			return Judgement.assessment(quota, Status.AT_RISK, Evidence.of(tally, judgement.view(), current::equals),
					Reason.QUOTA_TODAY_BEHIND, List.of(sum(counts, current), quota.unit(), pace, quota.atLeast()), figures);
		}
		return Judgement.assessment(quota, Status.ON_TRACK, List.of(), Reason.QUOTA_ON_TRACK,
				List.of(complete, quota.atLeast(), quota.unit()), figures);
	}

	/** Every day from the window's first (or, with no start, the first counted) to the last begun by now. */
	private static List<LocalDate> days(Window window, Map<Object, Tally.Count> counts, Judgement judgement) {
		Instant last = judgement.at();
		if (window.end() != null && !last.isBefore(window.end())) {
			last = window.end().minusNanos(1);
		}
		LocalDate first = window.start() != null ? judgement.day(window.start())
				: counts.keySet().stream().map(LocalDate.class::cast).min(LocalDate::compareTo).orElse(null);
		var days = new ArrayList<LocalDate>();
		for (LocalDate day = first; day != null && !day.isAfter(judgement.day(last)); day = day.plusDays(1)) {
			days.add(day);
		}
		return days;
	}

	private static boolean whole(Window window, Instant start, Instant end) {
		return (window.start() == null || !start.isBefore(window.start()))
				&& (window.end() == null || !end.isAfter(window.end()));
	}

	private static long sum(Map<Object, Tally.Count> counts, LocalDate day) {
		Tally.Count count = counts.get(day);
		return count == null ? 0 : count.sum();
	}

}
