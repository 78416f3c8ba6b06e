package org.raqib.text;

import static org.raqib.text.TimeWords.B0;
import static org.raqib.text.TimeWords.B1;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Days named relative to publication: أمس, اليوم, غداً, أول أمس, بعد غد (yesterday, today, tomorrow), where a
 * parenthesised word corrects the one before it ({@code غداً (اليوم)}: the agency's tomorrow is the paper's
 * today, so today is taken); and weekdays (الأحد… Sunday…), the nearest such day to publication, or the coming
 * one after المقبل/القادم/next, the past one after الماضي/المنصرم/last. اليوم followed by an ordinal (اليوم
 * الأول, the first day) is not today.
 */
final class TimeDays {

	private static final String RELATIVE = "اول\\s+من\\s+امس|اول\\s+امس|الامس|امس|البارحه|اليوم"
			+ "(?!\\s+(?:الاول|الثاني|الثالث|الرابع|الخامس|السادس|السابع|التالي|نفسه|ذاته|الاخير))|بعد\\s+غد|غدا|غد"
			+ "|yesterday|today|tomorrow";

	private static final Pattern DAY = Pattern.compile(B0 + "[وفب]?(?<s>(?<w>" + RELATIVE + ")(?:\\s*\\(\\s*(?<c>"
			+ RELATIVE + ")\\s*\\))?)" + B1);

	private static final Pattern WEEKDAY = Pattern.compile(B0 + "[وفب]?(?<s>(?:(?:يوم|ليله)\\s+)?(?:(?<en>next|last|this"
			+ "|on)\\s+)?(?<w>" + TimeWords.alternation(TimeWords.WEEKDAYS.keySet()) + ")(?:\\s+(?<ctx>المقبل|القادم"
			+ "|الماضي|المنصرم|next|last))?)" + B1);

	private TimeDays() {
	}

	static List<TimeExpression> find(NormalizedText text, @Nullable LocalDate published) {
		var found = new ArrayList<TimeExpression>();
		Matcher m = DAY.matcher(text.text());
		while (m.find()) {
			String word = m.group("c") != null ? m.group("c") : m.group("w");
			found.add(expression(text, m, published == null ? null : published.plusDays(shift(word)), published));
		}
		m = WEEKDAY.matcher(text.text());
		while (m.find()) {
			DayOfWeek day = TimeWords.WEEKDAYS.get(m.group("w"));
			found.add(expression(text, m, published == null ? null : weekday(published, day, direction(m)), published));
		}
		return found;
	}

	/** The day, {@code direction} > 0 the next one after publication, < 0 the last before, 0 the nearest. */
	static LocalDate weekday(LocalDate published, DayOfWeek day, int direction) {
		int ahead = Math.floorMod(day.getValue() - published.getDayOfWeek().getValue(), 7);
		if (direction > 0) {
			return published.plusDays(ahead == 0 ? 7 : ahead);
		}
		if (direction < 0) {
			return published.minusDays(ahead == 0 ? 7 : 7 - ahead);
		}
		return ahead <= 3 ? published.plusDays(ahead) : published.minusDays(7 - ahead);
	}

	private static int direction(Matcher m) {
		String context = m.group("ctx") != null ? m.group("ctx") : m.group("en");
		if (context == null) {
			return 0;
		}
		switch (context) {
			case "المقبل":
			case "القادم":
			case "next":
				return 1;
			case "الماضي":
			case "المنصرم":
			case "last":
				return -1;
			default:
				return 0;
		}
	}

	private static long shift(String word) {
		String w = word.replaceAll("\\s+", " ");
		if (w.startsWith("اول")) {
			return -2;
		}
		if (w.contains("امس") || w.equals("البارحه") || w.equals("yesterday")) {
			return -1;
		}
		if (w.startsWith("بعد")) {
			return 2;
		}
		return w.startsWith("غد") || w.equals("tomorrow") ? 1 : 0;
	}

	private static TimeExpression expression(NormalizedText text, Matcher m, @Nullable LocalDate date,
			@Nullable LocalDate published) {
		int[] span = text.originalSpan(m.start("s"), m.end("s"));
		return new TimeExpression(span[0], span[1], text.original().substring(span[0], span[1]), date, null, null,
				published == null ? "relative" : "day");
	}

}
