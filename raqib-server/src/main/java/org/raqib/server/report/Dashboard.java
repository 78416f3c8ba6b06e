package org.raqib.server.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.raqib.server.agreement.AgreementCompliance;
import org.raqib.server.agreement.Agreements;
import org.raqib.server.agreement.compliance.Assessment;
import org.raqib.server.record.LogReader;
import org.raqib.server.record.RecordedEntry;

/**
 * What an agreement's dashboard shows: its obligations as judged now, the charts every
 * {@link DashboardSection} draws for the last {@value #DAYS} days, the entries of the last 48 hours, and
 * the log's size (the page asks again only when it grew).
 */
record Dashboard(String agreement, Agreements.Version version, long size, List<Card> cards, List<DashboardChart> charts,
		List<FeedItem> feed, Instant at, LocalDate firstDay, LocalDate lastDay) {

	static final int DAYS = 14;

	static final Duration FEED = Duration.ofHours(48);

	static final int FEED_LIMIT = 60;

	/**
	 * An obligation's card: its status and reason, its trend (the last days' figures, drawn as two SVG paths
	 * of bars, those that met their target and those that fell short, laid out from the reader's start) and
	 * its latest evidence. The bars are drawn here, not by the template: a template expression per bar cost
	 * more than the rest of the page.
	 */
	record Card(AgreementCompliance.Judged judged, List<Assessment.Figure> trend, long trendMax, List<Long> evidence) {

		static final int BAR = 5;

		static final int STEP = 6;

		static final int HEIGHT = 32;

		public String statusClass() {
			return this.judged.assessment().status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}

		public boolean hasTrend() {
			return !this.trend.isEmpty() && this.trendMax > 0;
		}

		public int width() {
			return this.trend.size() * STEP;
		}

		/** The path of the bars that met ({@code true}) or fell short of their target, right to left if asked. */
		public String bars(boolean met, boolean rtl) {
			var path = new StringBuilder();
			for (int i = 0; i < this.trend.size(); i++) {
				Assessment.Figure f = this.trend.get(i);
				if ((f.value() >= f.target()) != met || f.value() == 0) {
					continue;
				}
				long height = f.value() * HEIGHT / this.trendMax;
				int x = (rtl ? this.trend.size() - 1 - i : i) * STEP;
				path.append('M').append(x).append(' ').append(HEIGHT - height).append('h').append(BAR).append('v')
					.append(height).append('h').append(-BAR).append('z');
			}
			return path.toString();
		}

		/** The latest figure, "value / target", for the drawing's label. */
		public String latest() {
			Assessment.Figure f = this.trend.get(this.trend.size() - 1);
			return f.label() + ": " + f.value() + " / " + f.target();
		}

	}

	/** An entry of the last 48 hours. */
	record FeedItem(long index, String kind, String party, Instant recordedAt) {

		public String kindKey() {
			return "kind." + this.kind;
		}

	}

	/**
	 * The dashboard now; its charts end today, or, when the agreement's term is over, on its last day or the
	 * day of the last thing its sections count, whichever is later (an ended agreement shows its last days,
	 * not empty ones; an amendment that brought new events after the term shows those).
	 */
	static Dashboard of(AgreementCompliance.Report report, List<DashboardSection> sections, LogReader reader,
			Instant now) {
		String agreement = report.version().agreement();
		var definition = report.version().definition();
		Agreements.Term term = Agreements.term(definition);
		Instant end = now;
		if (term.until() != null && term.until().isBefore(now)) {
			end = term.until().minusSeconds(1);
			for (DashboardSection section : sections) {
				Instant latest = section.latest(agreement, now).orElse(end);
				end = latest.isAfter(end) ? latest : end;
			}
		}
		var period = new DashboardPeriod(agreement, definition, ZoneId.of(definition.timeZone()),
				end.atZone(ZoneId.of(definition.timeZone())).toLocalDate(), DAYS, now);
		var charts = new ArrayList<DashboardChart>();
		sections.stream().sorted(Comparator.comparingInt(DashboardSection::order))
			.forEach(s -> charts.addAll(s.charts(period)));
		var cards = report.obligations().stream().map(Dashboard::card).toList();
		Instant since = now.minus(FEED);
		List<FeedItem> feed = reader.latest(agreement, FEED_LIMIT).stream()
			.filter(e -> e.recordedAt().isAfter(since))
			.map(Dashboard::item)
			.toList();
		return new Dashboard(agreement, report.version(), reader.summary(agreement).size(), cards, charts, feed, now,
				period.first(), period.today());
	}

	private static Card card(AgreementCompliance.Judged judged) {
		List<Assessment.Figure> figures = judged.assessment().figures();
		List<Assessment.Figure> trend = figures.subList(Math.max(0, figures.size() - DAYS), figures.size());
		long max = trend.stream().mapToLong(f -> Math.max(f.value(), f.target())).max().orElse(0);
		List<Long> evidence = judged.assessment().evidence();
		return new Card(judged, trend, max, evidence.subList(Math.max(0, evidence.size() - 5), evidence.size()));
	}

	private static FeedItem item(RecordedEntry entry) {
		return new FeedItem(entry.index(), entry.kind(), entry.party(), entry.recordedAt());
	}

}
