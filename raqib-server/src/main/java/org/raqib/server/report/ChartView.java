package org.raqib.server.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import tools.jackson.databind.json.JsonMapper;

/**
 * A chart in the reader's language, as the page hands it to Chart.js: its title and, in
 * {@code data-chart}, its labels and series named in that language and the direction to draw it in.
 */
record ChartView(String id, String title, String json) {

	static List<ChartView> of(List<DashboardChart> charts, MessageSource messages, JsonMapper json, Locale locale) {
		boolean rtl = "ar".equals(locale.getLanguage());
		var views = new ArrayList<ChartView>();
		for (DashboardChart chart : charts) {
			var data = new LinkedHashMap<String, Object>();
			data.put("rtl", rtl);
			data.put("horizontal", chart.horizontal());
			data.put("labels", chart.labels().stream()
				.map(l -> chart.labelPrefix().isEmpty() ? l : text(messages, chart.labelPrefix() + l, l, locale))
				.toList());
			var series = new ArrayList<Map<String, Object>>();
			for (DashboardChart.Series s : chart.series()) {
				var one = new LinkedHashMap<String, Object>();
				one.put("label", messages.getMessage(new DefaultMessageSourceResolvable(new String[] { s.labelKey() },
						new Object[] { s.argument() }, s.argument()), locale));
				one.put("type", s.type() == DashboardChart.Type.LINE ? "line" : "bar");
				one.put("stack", s.stack());
				one.put("data", s.values());
				series.add(one);
			}
			data.put("series", series);
			views.add(new ChartView(chart.id(), messages.getMessage(chart.titleKey(), null, locale),
					json.writeValueAsString(data)));
		}
		return views;
	}

	private static String text(MessageSource messages, String key, String fallback, Locale locale) {
		return messages.getMessage(key, null, fallback, locale);
	}

}
