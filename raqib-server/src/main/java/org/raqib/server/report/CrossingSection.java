package org.raqib.server.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.raqib.server.agreement.AgreementDefinition.ObligationTerms;
import org.raqib.server.agreement.compliance.CountedFacts;
import org.raqib.server.agreement.compliance.Fact;
import org.springframework.stereotype.Component;

/**
 * People crossing, as the room counted them: a day's bars stacked by category against each daily quota
 * on the dashboard; the period's counts by crossing or route, category and direction in the report.
 */
@Component
class CrossingSection implements DashboardSection, ReportSection {

	static final String CROSSED = "movement.crossed";

	private final CountedFacts facts;

	CrossingSection(CountedFacts facts) {
		this.facts = facts;
	}

	@Override
	public int order() {
		return 300;
	}

	@Override
	public java.util.Optional<java.time.Instant> latest(String agreement, java.time.Instant until) {
		return this.facts.lastOccurred(agreement, CROSSED, until);
	}

	@Override
	public List<DashboardChart> charts(DashboardPeriod period) {
		List<Fact> crossed = this.facts.occurred(period.agreement(), CROSSED, period.from(), period.until());
		List<ObligationTerms> quotas = Counting.dailyQuotas(period.definition(), CROSSED);
		if (crossed.isEmpty() && quotas.isEmpty()) {
			return List.of();
		}
		var days = period.dayList();
		var series = new ArrayList<DashboardChart.Series>();
		Counting.perDay(crossed, "category", days, f -> period.day(f.occurredAt()))
			.forEach((category, values) -> series.add(new DashboardChart.Series("movement.category." + category,
					category, DashboardChart.Type.BAR, "people", values)));
		quotas.forEach(q -> series.add(new DashboardChart.Series("report.chart.quota", q.id(), DashboardChart.Type.LINE,
				q.id(), Counting.constant(q.atLeast(), days.size()))));
		return List.of(new DashboardChart("people", "report.chart.people", days.stream().map(Object::toString).toList(),
				"", series, false));
	}

	@Override
	public Optional<ReportPart> draft(ReportPeriod period) {
		List<Fact> crossed = this.facts.occurred(period.agreement(), CROSSED, period.from(), period.until());
		if (crossed.isEmpty()) {
			return Optional.empty();
		}
		long before = Counting.total(this.facts.occurred(period.agreement(), CROSSED, period.previousFrom(),
				period.from()));
		var rows = new ArrayList<List<String>>();
		var lines = new ArrayList<ReportPart.Line>();
		Counting.sum(crossed, f -> place(f) + "\t" + Counting.value(f, "category") + "\t"
				+ Counting.value(f, "direction")).forEach((key, n) -> {
					String[] parts = key.split("\t", -1);
					rows.add(List.of(parts[0], parts[1], parts[2], String.valueOf(n)));
				});
		Counting.sum(crossed, CrossingSection::place)
			.forEach((place, n) -> lines.add(ReportPart.Line.of("report.movement.at", n, place)));
		var summary = List.of(ReportPart.Line.of("report.movement.summary", Counting.total(crossed), before));
		return Optional.of(new ReportPart("movement", "report.movement.heading", summary, lines,
				List.of("report.column.crossing", "report.column.category", "report.column.direction",
						"report.column.people"),
				rows));
	}

	/** Where they crossed: the crossing, or the route, or the post the count names. */
	private static String place(Fact fact) {
		for (String kind : List.of("crossing", "route", "post")) {
			String value = Counting.value(fact, kind);
			if (!value.isEmpty()) {
				return value;
			}
		}
		return "";
	}

}
