package org.raqib.server.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.raqib.server.agreement.Agreements;
import org.raqib.server.agreement.AgreementDefinition.ObligationTerms;
import org.raqib.server.agreement.compliance.CountedFacts;
import org.raqib.server.agreement.compliance.Fact;
import org.springframework.stereotype.Component;

/**
 * Persons released: on the dashboard, everyone released since entry into force by category, each side's
 * releases stacked, beside what the agreement's totals promise; in the daily report, the period's
 * releases and lists handed over.
 */
@Component
class ReleaseSection implements DashboardSection, ReportSection {

	static final String RELEASED = "exchange.released";

	static final String LIST_HANDED_OVER = "exchange.list-handed-over";

	/** The label of the releases a total counts across categories. */
	static final String ALL = "all";

	private final CountedFacts facts;

	ReleaseSection(CountedFacts facts) {
		this.facts = facts;
	}

	@Override
	public int order() {
		return 100;
	}

	@Override
	public java.util.Optional<java.time.Instant> latest(String agreement, java.time.Instant until) {
		return this.facts.lastOccurred(agreement, RELEASED, until);
	}

	@Override
	public List<DashboardChart> charts(DashboardPeriod period) {
		var since = Agreements.term(period.definition()).from();
		List<Fact> released = this.facts.occurred(period.agreement(), RELEASED, since, period.until());
		List<ObligationTerms> totals = Counting.obligations(period.definition(), "total", RELEASED);
		if (released.isEmpty() && totals.isEmpty()) {
			return List.of();
		}
		var categories = new TreeSet<String>();
		released.forEach(f -> categories.addAll(f.dimensions().getOrDefault("category", java.util.Set.of())));
		totals.forEach(t -> categories.add(t.count().where().getOrDefault("category", ALL)));
		var labels = List.copyOf(categories);
		var series = new ArrayList<DashboardChart.Series>();
		new TreeSet<>(released.stream().map(f -> Counting.value(f, "party")).toList()).forEach(party -> {
			var values = new ArrayList<Long>();
			for (String category : labels) {
				values.add(released.stream()
					.filter(f -> party.equals(Counting.value(f, "party")) && (ALL.equals(category) || f.has("category", category)))
					.mapToLong(Fact::quantity)
					.sum());
			}
			series.add(new DashboardChart.Series("report.chart.released-by", party, DashboardChart.Type.BAR, "released",
					values));
		});
		var agreed = new ArrayList<Long>();
		for (String category : labels) {
			agreed.add(totals.stream().filter(t -> category.equals(t.count().where().getOrDefault("category", ALL)))
				.mapToLong(ObligationTerms::atLeast).sum());
		}
		series.add(new DashboardChart.Series("report.chart.agreed", "", DashboardChart.Type.BAR, "agreed", agreed));
		return List.of(new DashboardChart("releases", "report.chart.releases", labels, "exchange.category.",
				series, true));
	}

	@Override
	public Optional<ReportPart> draft(ReportPeriod period) {
		List<Fact> released = this.facts.occurred(period.agreement(), RELEASED, period.from(), period.until());
		List<Fact> lists = this.facts.occurred(period.agreement(), LIST_HANDED_OVER, period.from(), period.until());
		if (released.isEmpty() && lists.isEmpty()) {
			return Optional.empty();
		}
		long before = Counting.total(this.facts.occurred(period.agreement(), RELEASED, period.previousFrom(),
				period.from()));
		var lines = new ArrayList<ReportPart.Line>();
		Counting.sum(lists, f -> Counting.value(f, "party") + "\t" + Counting.value(f, "round")).forEach((key, n) -> {
			String[] parts = key.split("\t", -1);
			lines.add(ReportPart.Line.of("report.exchange.list", parts[0], parts[1], n));
		});
		var rows = new ArrayList<List<String>>();
		Counting.sum(released, f -> Counting.value(f, "party") + "\t" + Counting.value(f, "round") + "\t"
				+ Counting.values(f, "category")).forEach((key, n) -> {
					String[] parts = key.split("\t", -1);
					rows.add(List.of(parts[0], parts[1], parts[2], String.valueOf(n)));
					lines.add(ReportPart.Line.of("report.exchange.released", parts[0], n,
							ReportPart.Line.term("exchange.category." + parts[2], parts[2]), parts[1]));
				});
		var summary = List.of(ReportPart.Line.of("report.exchange.summary", Counting.total(released), before));
		return Optional.of(new ReportPart("exchange", "report.exchange.heading", summary, lines,
				List.of("report.column.party", "report.column.round", "report.column.category", "report.column.persons"),
				rows));
	}

}
