package org.raqib.server.exchange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.raqib.server.agreement.AgreementCompliance;
import org.springframework.stereotype.Component;

/** Builds the exchange pages' views from the module's tables and the compliance report. */
@Component
class ExchangeViews {

	private static final Set<PathStep> RELEASED = EnumSet.of(PathStep.HANDED_OVER, PathStep.RECEIVED,
			PathStep.REMAINS_RETURNED);

	private static final Set<PathStep> RECEIVED = EnumSet.of(PathStep.RECEIVED, PathStep.REMAINS_RETURNED);

	private final ReleaseRounds rounds;

	private final ExchangeLists lists;

	private final PersonPaths paths;

	private final AgreementCompliance compliance;

	private final org.raqib.server.record.Responses responses;

	ExchangeViews(ReleaseRounds rounds, ExchangeLists lists, PersonPaths paths, AgreementCompliance compliance,
			org.raqib.server.record.Responses responses) {
		this.responses = responses;
		this.rounds = rounds;
		this.lists = lists;
		this.paths = paths;
		this.compliance = compliance;
	}

	RoundView round(String log, int n) {
		return round(this.rounds.get(log, n), latest(log), this.lists.all(log));
	}

	/** A round's view from the log's compliance report and lists, read once for every round shown. */
	private RoundView round(ReleaseRound round, AgreementCompliance.Report report, List<ExchangeList> all) {
		String log = round.log();
		int n = round.round();
		List<ListMember> members = this.lists.ofRound(log, n);
		List<PathEvent> events = this.paths.ofRound(log, n);
		List<Instant> releases = events.stream()
			.filter(e -> e.step().releases() && e.conflict() == null && !"retracted".equals(e.state()))
			.map(PathEvent::occurredAt)
			.sorted()
			.toList();
		List<ExchangeList> lists = all.stream().filter(l -> l.round() != null && l.round() == n).toList();
		var indexes = new java.util.ArrayList<Long>();
		events.forEach(e -> indexes.add(e.index()));
		lists.stream().map(ExchangeList::index).filter(java.util.Objects::nonNull).forEach(indexes::add);
		indexes.add(round.index());
		return new RoundView(round, this.rounds.changes(log, n), lists, progress(members), ratios(report, "round=" + n),
				events, releases.isEmpty() ? null : releases.get(0),
				releases.isEmpty() ? null : releases.get(releases.size() - 1), this.responses.to(log, indexes));
	}

	/** Every round with its released counts per party, for the timeline. */
	List<RoundView> timeline(String log) {
		var report = latest(log);
		var all = this.lists.all(log);
		var views = new ArrayList<RoundView>();
		for (ReleaseRound round : this.rounds.all(log)) {
			views.add(round(round, report, all));
		}
		return views;
	}

	/** The ratio obligations' cumulative figures: expected, actual and still owed over the judged rounds. */
	List<RoundView.RatioRow> cumulative(String log) {
		return ratios(latest(log), "cumulative");
	}

	private AgreementCompliance.Report latest(String log) {
		return this.compliance.report(log, this.compliance.view(log, null, null));
	}

	private static List<RoundView.RatioRow> ratios(AgreementCompliance.Report report, String label) {
		var rows = new ArrayList<RoundView.RatioRow>();
		for (AgreementCompliance.Judged judged : report.obligations()) {
			if (!"ratio".equals(judged.terms().kind())) {
				continue;
			}
			judged.assessment()
				.figures()
				.stream()
				.filter(f -> f.label().equals(label))
				.findFirst()
				.ifPresent(f -> rows.add(new RoundView.RatioRow(judged.terms().id(), judged.terms().responsible(),
						f.target(), f.value(), judged.assessment().status().name())));
		}
		return rows;
	}

	private static List<RoundView.PartyProgress> progress(List<ListMember> members) {
		Map<String, List<ListMember>> byParty = members.stream()
			.collect(Collectors.groupingBy(ListMember::party, TreeMap::new, Collectors.toList()));
		var progress = new ArrayList<RoundView.PartyProgress>();
		byParty.forEach((party, people) -> {
			var rows = new ArrayList<RoundView.CategoryRow>();
			people.stream()
				.flatMap(m -> m.categories().stream())
				.distinct()
				.sorted(Comparator.naturalOrder())
				.forEach(c -> {
					List<ListMember> of = people.stream().filter(m -> m.categories().contains(c)).toList();
					rows.add(new RoundView.CategoryRow(c, of.size(), count(of, m -> RELEASED.contains(m.status())),
							count(of, m -> RECEIVED.contains(m.status())), count(of, m -> m.status() == PathStep.WITHDRAWN)));
				});
			progress.add(new RoundView.PartyProgress(party, people.size(), count(people, m -> RELEASED.contains(m.status())),
					count(people, m -> RECEIVED.contains(m.status())),
					count(people, m -> m.status() == PathStep.WITHDRAWN), rows));
		});
		return progress;
	}

	private static int count(List<ListMember> members, Predicate<ListMember> test) {
		return (int) members.stream().filter(test).count();
	}

}
