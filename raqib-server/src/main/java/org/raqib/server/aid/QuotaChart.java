package org.raqib.server.aid;

import java.util.ArrayList;
import java.util.List;

import org.raqib.server.agreement.AgreementCompliance;
import org.raqib.server.agreement.compliance.Assessment;

/**
 * A daily quota as the compliance engine judged it, drawn as bars against the target line: a bar per day,
 * laid out right to left in Arabic so the first day stands where the reader starts.
 */
public record QuotaChart(String obligation, String where, long target, List<Bar> bars, int width, int height,
		int targetY) {

	static final int BAR = 14;

	static final int GAP = 4;

	static final int HEIGHT = 160;

	static final int TOP = 10;

	/** One day's bar, with its place in the drawing. */
	public record Bar(Assessment.Figure figure, boolean met, int x, int y, int height) {

		public String dayLabel() {
			return this.figure.day() == null ? this.figure.label() : String.valueOf(this.figure.day().getDayOfMonth());
		}

		public int centre() {
			return this.x + BAR / 2;
		}

	}

	/** The aid quotas of a report: every daily quota that counts {@code aid.trucks}. */
	static List<QuotaChart> of(AgreementCompliance.Report report, boolean rtl) {
		var charts = new ArrayList<QuotaChart>();
		for (AgreementCompliance.Judged judged : report.obligations()) {
			var terms = judged.terms();
			if ("quota".equals(terms.kind()) && AidProjection.TRUCKS.equals(terms.count().measure())
					&& terms.atLeast() != null) {
				charts.add(chart(terms.id(), terms.count().where().toString(), terms.atLeast(),
						judged.assessment().figures(), rtl));
			}
		}
		return charts;
	}

	static QuotaChart chart(String obligation, String where, long target, List<Assessment.Figure> figures, boolean rtl) {
		long max = Math.max(target, figures.stream().mapToLong(Assessment.Figure::value).max().orElse(0)) * 11 / 10 + 1;
		int width = Math.max(1, figures.size()) * (BAR + GAP) + GAP;
		var bars = new ArrayList<Bar>();
		for (int i = 0; i < figures.size(); i++) {
			Assessment.Figure f = figures.get(i);
			int h = (int) (f.value() * HEIGHT / max);
			int x = GAP + i * (BAR + GAP);
			bars.add(new Bar(f, f.value() >= target, rtl ? width - x - BAR : x, TOP + HEIGHT - h, h));
		}
		return new QuotaChart(obligation, where, target, bars, width, HEIGHT + TOP + 20,
				TOP + HEIGHT - (int) (target * HEIGHT / max));
	}

	public long metDays() {
		return this.bars.stream().filter(Bar::met).count();
	}

	public long missedDays() {
		return this.bars.size() - metDays();
	}

}
