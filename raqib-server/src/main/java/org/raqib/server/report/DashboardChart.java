package org.raqib.server.report;

import java.util.List;

/**
 * A chart as data, drawn by Chart.js on the page and served as is by the dashboard's API, so the numbers
 * a browser draws are the numbers a test reads.
 *
 * @param id a stable identifier, also the canvas's id ({@code chart-<id>}).
 * @param titleKey the message key of its title.
 * @param labelPrefix the message-key prefix that names a label ({@code exchange.category.}); empty for
 *     labels drawn as they are (ISO days).
 * @param horizontal bars along the inline axis instead of up.
 */
public record DashboardChart(String id, String titleKey, List<String> labels, String labelPrefix,
		List<Series> series, boolean horizontal) {

	public DashboardChart {
		labels = List.copyOf(labels);
		series = List.copyOf(series);
	}

	/**
	 * One series: bars (stacked with the others of the same {@code stack}) or a line (a quota, a target).
	 * @param labelKey the message key of its name; {@code argument} fills its {@code {0}}.
	 */
	public record Series(String labelKey, String argument, Type type, String stack, List<Long> values) {

		public Series {
			values = List.copyOf(values);
		}

	}

	public enum Type {
		BAR, LINE
	}

	public boolean isEmpty() {
		return this.series.stream().allMatch(s -> s.values().stream().allMatch(v -> v == 0));
	}

}
