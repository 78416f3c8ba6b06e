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
		var days = new Days(quota, tally.counts(judgement.view()), judgement);
		if (!days.below.isEmpty()) {
			LocalDate first = days.below.get(0);
			return Judgement.assessment(quota, Status.BREACHED, Evidence.of(tally, judgement.view(), days.below::contains),
					Reason.QUOTA_DAY_BELOW, List.of((long) days.below.size(), quota.atLeast(), quota.unit(),
							first.toString(), days.sum(first)), days.figures);
		}
		List<Object> args = List.of(days.complete, quota.atLeast(), quota.unit());
		if (judgement.ended(quota.window())) {
			return Judgement.assessment(quota, Status.FULFILLED, List.of(), Reason.QUOTA_MET, args, days.figures);
		}
		LocalDate today = days.today;
		if (today != null && days.behind) {
			return Judgement.assessment(quota, Status.AT_RISK, Evidence.of(tally, judgement.view(), today::equals),
					Reason.QUOTA_TODAY_BEHIND, List.of(days.sum(today), quota.unit(), days.pace, quota.atLeast()),
					days.figures);
		}
		return Judgement.assessment(quota, Status.ON_TRACK, List.of(), Reason.QUOTA_ON_TRACK, args, days.figures);
	}

	/**
	 * Every day from the window's first (with no start, the first counted) to the last begun by the time
	 * of judgement, each with its figure, and what they say.
	 */
	private static final class Days {

		private final Map<Object, Tally.Count> counts;

		final List<Assessment.Figure> figures = new ArrayList<>();

		final List<LocalDate> below = new ArrayList<>();

		long complete;

		@Nullable LocalDate today;

		boolean behind;

		long pace;

		Days(Obligation.Quota quota, Map<Object, Tally.Count> counts, Judgement judgement) {
			this.counts = counts;
			Window window = quota.window();
			Instant last = judgement.ended(window) ? window.end().minusNanos(1) : judgement.at();
			LocalDate first = window.start() != null ? judgement.day(window.start())
					: counts.keySet().stream().map(LocalDate.class::cast).min(LocalDate::compareTo).orElse(null);
			LocalDate lastDay = judgement.day(last);
			Instant end = first == null ? null : judgement.startOf(first);
			for (LocalDate day = first; day != null && !day.isAfter(lastDay); day = day.plusDays(1)) {
				Instant start = end;
				end = judgement.startOf(day.plusDays(1));
				add(quota, day, start, end, judgement);
			}
		}

		private void add(Obligation.Quota quota, LocalDate day, Instant start, Instant end, Judgement judgement) {
			long value = sum(day);
			Window window = quota.window();
			boolean whole = (window.start() == null || !start.isBefore(window.start()))
					&& (window.end() == null || !end.isAfter(window.end()));
			if (!whole) {
				this.figures.add(new Assessment.Figure(Judgement.PARTIAL_DAY, day, value, quota.atLeast()));
			}
			else if (!end.isAfter(judgement.at())) {
				this.figures.add(new Assessment.Figure(Judgement.DAY, day, value, quota.atLeast()));
				this.complete++;
				if (value < quota.atLeast()) {
					this.below.add(day);
				}
			}
			else {
				this.figures.add(new Assessment.Figure(Judgement.TODAY, day, value, quota.atLeast()));
				double gone = (double) Duration.between(start, judgement.at()).toMillis()
						/ Duration.between(start, end).toMillis();
				this.today = day;
				this.behind = value < quota.atLeast() * gone;
				this.pace = (long) Math.floor(quota.atLeast() * gone);
			}
		}

		long sum(LocalDate day) {
			Tally.Count count = this.counts.get(day);
			return count == null ? 0 : count.sum();
		}

	}

}
