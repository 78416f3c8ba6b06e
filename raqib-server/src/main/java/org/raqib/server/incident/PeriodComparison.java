package org.raqib.server.incident;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Incidents of a period per zone and type beside the same counts for the period of the same length just
 * before it, as the OSCE daily reports put them ("179 ceasefire violations… in the previous reporting period,
 * 77"), and the period's counts per day.
 */
record PeriodComparison(LocalDate from, LocalDate to, LocalDate previousFrom, LocalDate previousTo, List<Row> rows,
		List<DayCount> days, long total, long previousTotal) {

	/** A zone and type: how many in the period and in the previous one. */
	record Row(String zone, IncidentType type, long count, long previous) {

		public long change() {
			return this.count - this.previous;
		}

	}

	/** @param total the incidents of the period (one in two zones is one), {@code previousTotal} of the one before. */
	static PeriodComparison of(LocalDate from, LocalDate to, List<DayCount> current, List<DayCount> before, long total,
			long previousTotal) {
		long length = ChronoUnit.DAYS.between(from, to) + 1;
		Map<String, long[]> totals = new TreeMap<>();
		current.forEach(c -> totals.computeIfAbsent(key(c), k -> new long[2])[0] += c.count());
		before.forEach(c -> totals.computeIfAbsent(key(c), k -> new long[2])[1] += c.count());
		List<Row> rows = totals.entrySet().stream().map(e -> {
			String[] parts = e.getKey().split("\\|", 2);
			return new Row(parts[0], IncidentType.ofCode(parts[1]).orElseThrow(), e.getValue()[0], e.getValue()[1]);
		}).toList();
		return new PeriodComparison(from, to, from.minusDays(length), from.minusDays(1), rows, current, total,
				previousTotal);
	}

	private static String key(DayCount c) {
		return c.zone() + "|" + c.type().code();
	}

}
