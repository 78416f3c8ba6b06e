package org.raqib.text;

import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.Map;

/** The words of dates and times, normalised as {@link TextNormalizer} writes them. */
final class TimeWords {

	/** Start and end of a word: no letter or digit next to it. */
	static final String B0 = "(?<![\\p{L}\\p{N}])";

	static final String B1 = "(?![\\p{L}\\p{N}])";

	static final Map<String, DayOfWeek> WEEKDAYS = new LinkedHashMap<>();

	static final Map<String, Integer> MONTHS = new LinkedHashMap<>();

	static final Map<String, Integer> HOURS = new LinkedHashMap<>();

	static {
		String[][] days = { { "الاحد", "sunday" }, { "الاثنين", "monday" }, { "الثلاثاء", "tuesday" },
				{ "الاربعاء", "wednesday" }, { "الخميس", "thursday" }, { "الجمعه", "friday" }, { "السبت", "saturday" } };
		DayOfWeek[] order = { DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
				DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY };
		for (int i = 0; i < days.length; i++) {
			WEEKDAYS.put(days[i][0], order[i]);
			WEEKDAYS.put(days[i][1], order[i]);
		}
		String[][] months = { { "يناير", "كانون الثاني", "january", "jan" }, { "فبراير", "شباط", "february", "feb" },
				{ "مارس", "اذار", "march", "mar" }, { "ابريل", "نيسان", "april", "apr" }, { "مايو", "ايار", "may", "" },
				{ "يونيو", "حزيران", "june", "jun" }, { "يوليو", "تموز", "july", "jul" }, { "اغسطس", "اب", "august", "aug" },
				{ "سبتمبر", "ايلول", "september", "sept|sep" }, { "اكتوبر", "تشرين الاول", "october", "oct" },
				{ "نوفمبر", "تشرين الثاني", "november", "nov" }, { "ديسمبر", "كانون الاول", "december", "dec" } };
		for (int i = 0; i < months.length; i++) {
			for (String word : months[i]) {
				for (String form : word.split("\\|")) {
					if (!form.isEmpty()) {
						MONTHS.put(form, i + 1);
					}
				}
			}
		}
		MONTHS.put("يونيه", 6);
		MONTHS.put("يوليه", 7);
		String[] hours = { "الواحده", "الثانيه", "الثالثه", "الرابعه", "الخامسه", "السادسه", "السابعه", "الثامنه",
				"التاسعه", "العاشره", "الحاديه عشره", "الثانيه عشره" };
		for (int i = hours.length - 1; i >= 0; i--) {
			HOURS.put(hours[i], i + 1);
		}
	}

	private TimeWords() {
	}

	/** The keys as a regular-expression alternation, longest first. */
	static String alternation(Iterable<String> words) {
		var list = new java.util.ArrayList<String>();
		words.forEach(list::add);
		list.sort((a, b) -> b.length() - a.length());
		return String.join("|", list.stream().map(w -> w.replace(".", "\\.").replace(" ", "\\s+")).toList());
	}

}
