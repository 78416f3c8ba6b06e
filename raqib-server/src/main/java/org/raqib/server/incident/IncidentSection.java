package org.raqib.server.incident;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.raqib.server.report.DashboardChart;
import org.raqib.server.report.DashboardPeriod;
import org.raqib.server.report.DashboardSection;
import org.raqib.server.report.ReportPart;
import org.raqib.server.report.ReportPart.Line;
import org.raqib.server.report.ReportPeriod;
import org.raqib.server.report.ReportSection;
import org.springframework.stereotype.Component;

/**
 * Incidents in the room's view. On the dashboard (the room's own page): every report standing, a day's
 * bars stacked by zone, beside the same day of the period before. In the daily report (published, so
 * public): published incidents only, by zone and type against the period before, as the OSCE's daily
 * reports compared them.
 */
@Component
class IncidentSection implements DashboardSection, ReportSection {

	/** The zone of an incident in none of the agreement's zones. */
	static final String NO_ZONE = "-";

	private final Incidents incidents;

	IncidentSection(Incidents incidents) {
		this.incidents = incidents;
	}

	@Override
	public int order() {
		return 400;
	}

	@Override
	public Optional<java.time.Instant> latest(String agreement, java.time.Instant until) {
		return this.incidents.latest(agreement, until);
	}

	@Override
	public List<DashboardChart> charts(DashboardPeriod period) {
		List<LocalDate> days = period.dayList();
		LocalDate first = period.first();
		LocalDate previousFirst = first.minusDays(days.size());
		List<DayCount> counts = this.incidents.countPerDay(period.agreement(), previousFirst, period.today(), false);
		if (counts.isEmpty()) {
			return List.of();
		}
		Map<String, long[]> byZone = new TreeMap<>();
		long[] before = new long[days.size()];
		for (DayCount count : counts) {
			if (count.day().isBefore(first)) {
				int i = (int) (count.day().toEpochDay() - previousFirst.toEpochDay());
				before[i] += count.count();
			}
			else {
				int i = (int) (count.day().toEpochDay() - first.toEpochDay());
				byZone.computeIfAbsent(zone(count), z -> new long[days.size()])[i] += count.count();
			}
		}
		var series = new ArrayList<DashboardChart.Series>();
		byZone.forEach((zone, values) -> series.add(new DashboardChart.Series(zoneKey(zone), zone,
				DashboardChart.Type.BAR, "incidents", list(values))));
		series.add(new DashboardChart.Series("incident.chart.before", "", DashboardChart.Type.LINE, "before",
				list(before)));
		return List.of(new DashboardChart("incidents", "incident.chart.title",
				days.stream().map(Object::toString).toList(), "", series, false));
	}

	@Override
	public Optional<ReportPart> draft(ReportPeriod period) {
		List<Incident> now = published(period, period.from(), period.until());
		List<Incident> before = published(period, period.previousFrom(), period.from());
		if (now.isEmpty() && before.isEmpty()) {
			return Optional.empty();
		}
		Map<String, long[]> byZoneAndType = new TreeMap<>();
		now.forEach(i -> keys(i).forEach(k -> byZoneAndType.computeIfAbsent(k, x -> new long[2])[0]++));
		before.forEach(i -> keys(i).forEach(k -> byZoneAndType.computeIfAbsent(k, x -> new long[2])[1]++));
		var lines = new ArrayList<Line>();
		var rows = new ArrayList<List<String>>();
		byZoneAndType.forEach((key, n) -> {
			String[] parts = key.split("\t", -1);
			IncidentType type = IncidentType.valueOf(parts[1]);
			lines.add(Line.of("incident.report.line", n[0], Line.term(type.messageKey(), type.acled()),
					Line.term(zoneKey(parts[0]), parts[0]), n[1]));
			rows.add(List.of(parts[0], type.code(), String.valueOf(n[0]), String.valueOf(n[1])));
		});
		long killed = now.stream().mapToLong(Incident::killed).sum();
		long injured = now.stream().mapToLong(Incident::injured).sum();
		var summary = List.of(Line.of("incident.report.summary", now.size(), before.size(), killed, injured));
		return Optional.of(new ReportPart("incidents", "incident.report.heading", summary, lines,
				List.of("incident.report.column.zone", "incident.report.column.type", "incident.report.column.count",
						"incident.report.column.before"),
				rows));
	}

	/** Published incidents whose time window opened in [from, until): the report's periods end at a cut-off. */
	private List<Incident> published(ReportPeriod period, java.time.Instant from, java.time.Instant until) {
		LocalDate first = from.atZone(period.zone()).toLocalDate().minusDays(1);
		LocalDate last = until.atZone(period.zone()).toLocalDate().plusDays(1);
		return this.incidents.published(period.agreement(), first, last).stream()
			.filter(i -> !i.from().isBefore(from) && i.from().isBefore(until))
			.toList();
	}

	/** An incident counts in each zone it lies in, as the dashboard's counts do; in none: once, outside. */
	private static List<String> keys(Incident incident) {
		List<String> zones = incident.zones().isEmpty() ? List.of(NO_ZONE) : incident.zones();
		return zones.stream().map(z -> z + "\t" + incident.type().name()).toList();
	}

	private static String zone(DayCount count) {
		return count.zone().isEmpty() ? NO_ZONE : count.zone();
	}

	private static String zoneKey(String zone) {
		return NO_ZONE.equals(zone) ? "incident.chart.no-zone" : "incident.chart.zone";
	}

	private static List<Long> list(long[] values) {
		var list = new ArrayList<Long>(values.length);
		for (long v : values) {
			list.add(v);
		}
		return list;
	}

}
