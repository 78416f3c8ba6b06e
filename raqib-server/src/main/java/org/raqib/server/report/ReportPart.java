package org.raqib.server.report;

import java.util.List;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A part of a daily report as a module drafts it: a heading, its lines, the bullets it adds to the
 * summary, and its figures (a table, also the CSV annex). Texts are message keys with arguments; the
 * report resolves each in both languages when it drafts.
 *
 * @param id a stable identifier, the CSV annex's section column.
 */
public record ReportPart(String id, String headingKey, List<Line> summary, List<Line> lines, List<String> columnKeys,
		List<List<String>> rows) {

	public ReportPart {
		summary = List.copyOf(summary);
		lines = List.copyOf(lines);
		columnKeys = List.copyOf(columnKeys);
		rows = rows.stream().map(List::copyOf).toList();
	}

	/** A sentence: a message key and its arguments (numbers, codes, times as text). */
	public record Line(String key, List<Object> arguments) {

		public Line {
			arguments = List.copyOf(arguments);
		}

		public static Line of(String key, Object... arguments) {
			return new Line(key, List.of(arguments));
		}

		/** An argument that is itself a text: a status, a kind, a category, in the report's language. */
		public static Object term(String key, String fallback) {
			return new DefaultMessageSourceResolvable(new String[] { key }, fallback);
		}

	}

}
