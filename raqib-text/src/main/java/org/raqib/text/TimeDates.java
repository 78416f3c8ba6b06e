package org.raqib.text;

import static org.raqib.text.TimeWords.B0;
import static org.raqib.text.TimeWords.B1;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Calendar dates: {@code 19 يناير (كانون الثاني) 2025}, {@code شباط (فبراير)}, {@code الرابع من يونيو (حزيران)
 * 1967}, {@code 19 January 2025}, {@code January 19, 2025}, {@code Jan. 19}. A month's Levantine pair in
 * parentheses belongs to the date. A month alone needs its pair, a year, or a word such as مطلع/منتصف/شهر/في or
 * in/since before it (مارس and May are also a verb and a modal). Without a year, the year that puts the date
 * nearest to publication is taken; with neither, the date is left null and the kind is {@code relative}.
 */
final class TimeDates {

	private static final Map<String, Integer> ORDINALS = Map.ofEntries(Map.entry("الاول", 1), Map.entry("الثاني", 2),
			Map.entry("الثالث", 3), Map.entry("الرابع", 4), Map.entry("الخامس", 5), Map.entry("السادس", 6),
			Map.entry("السابع", 7), Map.entry("الثامن", 8), Map.entry("التاسع", 9), Map.entry("العاشر", 10),
			Map.entry("الحادي عشر", 11), Map.entry("الثاني عشر", 12), Map.entry("العشرين", 20),
			Map.entry("الثلاثين", 30));

	private static final String MONTH = TimeWords.alternation(TimeWords.MONTHS.keySet());

	private static final Pattern DATE = Pattern.compile(B0 + "(?<s>(?:(?<d>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?|(?<o>"
			+ TimeWords.alternation(ORDINALS.keySet()) + ")\\s+من\\s+)?(?<m>" + MONTH + ")" + B1 + "\\.?(?:\\s*\\(\\s*(?<p>"
			+ MONTH + ")\\s*\\))?(?:\\s+(?<d2>\\d{1,2})" + B1 + "(?:st|nd|rd|th)?)?(?:,?\\s+(?<y>\\d{4})" + B1 + ")?)");

	private static final Pattern CUE = Pattern.compile("(?:مطلع|منتصف|اواخر|اوائل|نهايه|بدايه|شهر|في|منذ|خلال|حتي"
			+ "|in|since|early|late|mid|during|until|of)\\s+$");

	private TimeDates() {
	}

	static List<TimeExpression> find(NormalizedText text, @Nullable LocalDate published) {
		var found = new ArrayList<TimeExpression>();
		Matcher m = DATE.matcher(text.text());
		while (m.find()) {
			Integer day = day(m);
			boolean paired = m.group("p") != null;
			if (day == null && m.group("y") == null && !paired && !cued(text.text(), m.start("s"))) {
				continue;
			}
			if (day == null && m.group("y") == null && !paired && isAmbiguous(m.group("m"))) {
				continue;
			}
			int month = TimeWords.MONTHS.get(m.group("m").replaceAll("\\s+", " "));
			Integer year = m.group("y") == null ? null : Integer.valueOf(m.group("y"));
			found.add(expression(text, m, day, month, year, published));
		}
		return found;
	}

	private static boolean isAmbiguous(String month) {
		return month.equals("اب") || month.equals("may") || month.equals("mar");
	}

	private static Integer day(Matcher m) {
		if (m.group("d") != null) {
			return Integer.valueOf(m.group("d"));
		}
		if (m.group("d2") != null) {
			return Integer.valueOf(m.group("d2"));
		}
		return m.group("o") == null ? null : ORDINALS.get(m.group("o").replaceAll("\\s+", " "));
	}

	private static boolean cued(String text, int start) {
		return CUE.matcher(text.substring(Math.max(0, start - 12), start)).find();
	}

	private static TimeExpression expression(NormalizedText text, Matcher m, Integer day, int month, Integer year,
			@Nullable LocalDate published) {
		int[] span = text.originalSpan(m.start("s"), m.end("s"));
		String surface = text.original().substring(span[0], span[1]);
		Integer y = year != null ? year : published == null ? null : nearestYear(published, month, day);
		if (y == null) {
			return new TimeExpression(span[0], span[1], surface, null, null, null, "relative");
		}
		if (day == null) {
			return new TimeExpression(span[0], span[1], surface, LocalDate.of(y, month, 1), null, null, "month");
		}
		if (day < 1 || day > LocalDate.of(y, month, 1).lengthOfMonth()) {
			return new TimeExpression(span[0], span[1], surface, null, null, null, "relative");
		}
		return new TimeExpression(span[0], span[1], surface, LocalDate.of(y, month, day), null, null, "date");
	}

	private static int nearestYear(LocalDate published, int month, Integer day) {
		int best = published.getYear();
		long distance = Long.MAX_VALUE;
		for (int y = published.getYear() - 1; y <= published.getYear() + 1; y++) {
			LocalDate first = LocalDate.of(y, month, 1);
			LocalDate date = first.withDayOfMonth(Math.min(day == null ? 1 : day, first.lengthOfMonth()));
			long d = Math.abs(ChronoUnit.DAYS.between(published, date));
			if (d < distance) {
				distance = d;
				best = y;
			}
		}
		return best;
	}

}
