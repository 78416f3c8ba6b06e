package org.raqib.text;

import static org.raqib.text.TimeWords.B0;
import static org.raqib.text.TimeWords.B1;

import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clock times: {@code 14:00}, {@code 14,00 ت غ} (a comma or dot between hours and minutes needs الساعة or a
 * zone, so 14,5 stays a number), {@code الساعة السابعة صباحاً} (ordinal hour words, with والنصف/والربع and
 * the part of the day: صباحاً ظهراً عصراً مساءً ليلاً فجراً), {@code 7 a.m.}, {@code 7pm}. GMT, UTC, ت غ and
 * بتوقيت غرينتش give the offset UTC.
 */
final class TimeClocks {

	private static final String ZONE = "(?:\\s*(?<z>ت\\s*غ|بتوقيت\\s+غرينت?يتش|بتوقيت\\s+غرينتش|gmt|utc))?";

	private static final String PART = "(?:\\s+(?<p>صباحا|صباح|ظهرا|عصرا|مساء|مساءا|ليلا|فجرا))?";

	private static final Pattern DIGITS = Pattern.compile(B0 + "[وف]?(?<s>(?<at>الساعه\\s+)?(?<h>\\d{1,2})(?<sep>[:,.])"
			+ "(?<m>\\d{2})" + B1 + "(?:\\s*(?<ap>a\\.?m\\.?|p\\.?m\\.?)(?![\\p{L}]))?" + PART + ZONE + ")(?![\\p{L}\\p{N}])");

	private static final Pattern WORDS = Pattern.compile(B0 + "[وف]?(?<s>الساعه\\s+(?<h>"
			+ TimeWords.alternation(TimeWords.HOURS.keySet()) + "|\\d{1,2})(?:\\s+(?<f>والنصف|والربع|الا\\s+ربعا))?"
			+ PART + ZONE + ")" + B1);

	private static final Pattern ENGLISH = Pattern.compile(B0 + "(?<s>(?<h>\\d{1,2})\\s*(?<ap>a\\.?m\\.?|p\\.?m\\.?)"
			+ "(?![\\p{L}])" + ZONE + ")");

	private TimeClocks() {
	}

	static List<TimeExpression> find(NormalizedText text) {
		var found = new ArrayList<TimeExpression>();
		Matcher m = DIGITS.matcher(text.text());
		while (m.find()) {
			boolean clock = m.group("sep").equals(":") || m.group("at") != null || m.group("z") != null
					|| m.group("ap") != null;
			add(found, text, m, clock ? Integer.parseInt(m.group("h")) : -1, Integer.parseInt(m.group("m")));
		}
		m = WORDS.matcher(text.text());
		while (m.find()) {
			String h = m.group("h").replaceAll("\\s+", " ");
			int hour = Character.isDigit(h.charAt(0)) ? Integer.parseInt(h) : TimeWords.HOURS.get(h);
			add(found, text, m, hour, minutes(m.group("f")));
		}
		m = ENGLISH.matcher(text.text());
		while (m.find()) {
			add(found, text, m, Integer.parseInt(m.group("h")), 0);
		}
		return found;
	}

	private static int minutes(String fraction) {
		if (fraction == null) {
			return 0;
		}
		return fraction.startsWith("والنصف") ? 30 : fraction.startsWith("والربع") ? 15 : -15;
	}

	private static void add(List<TimeExpression> found, NormalizedText text, Matcher m, int hour, int minute) {
		int h = hour(hour, group(m, "p"), group(m, "ap"));
		int min = minute;
		if (minute < 0) {
			h = (h + 23) % 24;
			min = 45;
		}
		if (hour < 0 || h > 23 || min > 59) {
			return;
		}
		int[] span = text.originalSpan(m.start("s"), m.end("s"));
		found.add(new TimeExpression(span[0], span[1], text.original().substring(span[0], span[1]), null,
				LocalTime.of(h, min), group(m, "z") == null ? null : ZoneOffset.UTC, "time"));
	}

	private static String group(Matcher m, String name) {
		try {
			return m.group(name);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** The hour of the day, from an hour of the clock and the part of the day. */
	static int hour(int hour, String part, String amPm) {
		if (amPm != null) {
			boolean pm = amPm.startsWith("p");
			return hour % 12 + (pm ? 12 : 0);
		}
		if (part == null) {
			return hour;
		}
		switch (part) {
			case "صباحا":
			case "صباح":
			case "فجرا":
				return hour % 12;
			case "ظهرا":
				return hour == 12 ? 12 : hour < 6 ? hour + 12 : hour;
			case "ليلا":
				return hour == 12 ? 0 : hour >= 6 ? hour + 12 : hour;
			default:
				return hour < 12 ? hour + 12 : hour;
		}
	}

}
