package org.raqib.server.osint;

import java.util.List;
import java.util.Locale;

import org.raqib.text.TextNormalizer;

/**
 * Whether a claim's sentence gives a running total rather than a day's figure: "so far", "in total", "since
 * the start", "حتى الآن", "منذ بدء", "إجمالي". A running total is compared with the record's total up to the
 * end of its day, a day's figure with the record's figure of that day.
 */
final class Cumulative {

	private static final List<String> CUES = List.of("so far", "in total", "a total of", "since the start",
			"since the beginning", "since the ceasefire", "to date", "cumulative", "حتى الان", "حتى اليوم", "منذ بدء",
			"منذ بدايه", "منذ سريان", "اجمالي", "الاجمالي", "بالمجمل", "في المجمل").stream()
		.map(c -> TextNormalizer.normalize(c).text())
		.toList();

	private Cumulative() {
	}

	static boolean says(String sentence) {
		String normalized = TextNormalizer.normalize(sentence).text().toLowerCase(Locale.ROOT);
		return CUES.stream().anyMatch(normalized::contains);
	}

}
