package org.raqib.server.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.raqib.server.agreement.AgreementDefinition.ObligationTerms;
import org.raqib.server.agreement.compliance.CountedFacts;
import org.raqib.server.agreement.compliance.Fact;
import org.springframework.stereotype.Component;

/**
 * Aid trucks that crossed: a day's bars stacked by cargo (fuel among them) against each daily quota of
 * the agreement on the dashboard; the period's trucks by crossing and stage in the daily report.
 */
@Component
class TruckSection implements DashboardSection, ReportSection {

	static final String TRUCKS = "aid.trucks";

	static final String CROSSED = "crossed";

	private final CountedFacts facts;

	TruckSection(CountedFacts facts) {
		this.facts = facts;
	}

	@Override
	public int order() {
		return 200;
	}

	@Override
	public java.util.Optional<java.time.Instant> latest(String agreement, java.time.Instant until) {
		return this.facts.lastOccurred(agreement, TRUCKS, until);
	}

	@Override
	public List<DashboardChart> charts(DashboardPeriod period) {
		List<Fact> crossed = this.facts.occurred(period.agreement(), TRUCKS, period.from(), period.until()).stream()
			.filter(f -> f.has("stage", CROSSED))
			.toList();
		List<ObligationTerms> quotas = Counting.dailyQuotas(period.definition(), TRUCKS);
		if (crossed.isEmpty() && quotas.isEmpty()) {
			return List.of();
		}
		var days = period.dayList();
		var series = new ArrayList<DashboardChart.Series>();
		Map<String, List<Long>> byCargo = Counting.perDay(crossed, "cargo", days, f -> period.day(f.occurredAt()));
		byCargo.forEach((cargo, values) -> series.add(new DashboardChart.Series("aid.cargo." + cargo, cargo,
				DashboardChart.Type.BAR, "trucks", values)));
		quotas.forEach(q -> series.add(new DashboardChart.Series("report.chart.quota", q.id(), DashboardChart.Type.LINE,
				q.id(), Counting.constant(q.atLeast(), days.size()))));
		return List.of(new DashboardChart("trucks", "report.chart.trucks", days.stream().map(Object::toString).toList(),
				"", series, false));
	}

	@Override
	public Optional<ReportPart> draft(ReportPeriod period) {
		List<Fact> trucks = this.facts.occurred(period.agreement(), TRUCKS, period.from(), period.until());
		if (trucks.isEmpty()) {
			return Optional.empty();
		}
		List<Fact> previous = this.facts.occurred(period.agreement(), TRUCKS, period.previousFrom(), period.from());
		long crossed = crossed(trucks);
		var rows = new ArrayList<List<String>>();
		Counting.sum(trucks, f -> Counting.value(f, "crossing") + "\t" + Counting.value(f, "stage"))
			.forEach((key, sum) -> {
				String[] parts = key.split("\t", -1);
				rows.add(List.of(parts[0], parts[1], String.valueOf(sum)));
			});
		long fuel = trucks.stream().filter(f -> f.has("stage", CROSSED) && f.has("cargo", "fuel"))
			.mapToLong(Fact::quantity).sum();
		var summary = List.of(ReportPart.Line.of("report.aid.summary", crossed, crossed(previous), fuel));
		var lines = new ArrayList<ReportPart.Line>();
		lines.add(ReportPart.Line.of("report.aid.crossed", crossed, fuel));
		for (ObligationTerms quota : Counting.dailyQuotas(period.definition(), TRUCKS)) {
			long counted = trucks.stream().filter(f -> counts(quota, f)).mapToLong(Fact::quantity).sum();
			lines.add(ReportPart.Line.of("report.aid.quota", quota.id(), counted, quota.atLeast()));
		}
		return Optional.of(new ReportPart("aid", "report.aid.heading", summary, lines,
				List.of("report.column.crossing", "report.column.stage", "report.column.trucks"), rows));
	}

	private static long crossed(List<Fact> trucks) {
		return trucks.stream().filter(f -> f.has("stage", CROSSED)).mapToLong(Fact::quantity).sum();
	}

	/** Whether a fact counts for an obligation: it has every value the obligation's {@code where} names. */
	static boolean counts(ObligationTerms terms, Fact fact) {
		return terms.count().where().entrySet().stream().allMatch(w -> fact.has(w.getKey(), w.getValue()));
	}

}
