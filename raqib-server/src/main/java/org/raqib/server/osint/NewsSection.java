package org.raqib.server.osint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.raqib.server.report.ReportPart;
import org.raqib.server.report.ReportPart.Line;
import org.raqib.server.report.ReportPeriod;
import org.raqib.server.report.ReportSection;
import org.springframework.stereotype.Component;

/**
 * The news desk in the daily report: how many claims wait for a mediator's review, by measure, and the news
 * figures the record contradicts up to the report's day, each beside the record's figure. Only what the
 * news published and what the record holds: no reviewer, no reason.
 */
@Component
class NewsSection implements ReportSection {

	private static final int WAITING_READ = 10_000;

	private final ReviewQueue queue;

	private final Discrepancies discrepancies;

	NewsSection(ReviewQueue queue, Discrepancies discrepancies) {
		this.queue = queue;
		this.discrepancies = discrepancies;
	}

	@Override
	public int order() {
		return 700;
	}

	@Override
	public Optional<ReportPart> draft(ReportPeriod period) {
		Map<String, Integer> waiting = new TreeMap<>();
		this.queue.waiting(period.agreement(), WAITING_READ)
			.forEach(c -> waiting.merge(c.measure(), 1, Integer::sum));
		List<Discrepancy> flagged = this.discrepancies.open(period.agreement()).stream()
			.filter(d -> !d.day().isAfter(period.day()))
			.toList();
		if (waiting.isEmpty() && flagged.isEmpty()) {
			return Optional.empty();
		}
		var lines = new ArrayList<Line>();
		var rows = new ArrayList<List<String>>();
		waiting.forEach((measure, count) -> {
			lines.add(Line.of("report.news.waiting", count, measureTerm(measure)));
			rows.add(List.of("waiting", measure, "", String.valueOf(count), "", ""));
		});
		for (Discrepancy d : flagged) {
			lines.add(Line.of("report.news.discrepancy", measureTerm(d.claim().measure()), d.day().toString(),
					d.claimed(), d.article().source(), d.recorded()));
			rows.add(List.of("discrepancy", d.claim().measure(), d.day().toString(), String.valueOf(d.claimed()),
					String.valueOf(d.recorded()), d.article().source()));
		}
		int count = waiting.values().stream().mapToInt(Integer::intValue).sum();
		var summary = List.of(Line.of("report.news.summary", count, flagged.size()));
		return Optional.of(new ReportPart("news", "report.news.heading", summary, lines,
				List.of("report.news.column.what", "report.news.column.measure", "report.news.column.day",
						"report.news.column.claimed", "report.news.column.recorded", "report.news.column.source"),
				rows));
	}

	private static Object measureTerm(String measure) {
		return Line.term("osint.measure." + measure, measure);
	}

}
