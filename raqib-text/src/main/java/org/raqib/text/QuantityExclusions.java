package org.raqib.text;

import java.util.List;
import java.util.Set;

import org.raqib.text.QuantityTokens.Kind;
import org.raqib.text.QuantityTokens.Token;

/**
 * Numbers that are not counts: percentages (40%, ٤٠٪, 40 في المئة, percent), years (1967 after a month or
 * عام/in, or a year-like number with no word after it), dates (19 يناير, January 19, 19/1), clock times (14:00,
 * 14,00 ت غ, الساعة 8, 7am), and digits glued to a Latin word (M4, COVID-19).
 */
final class QuantityExclusions {

	static final Set<String> MONTHS = Set.of("يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يوليو", "اغسطس",
			"سبتمبر", "اكتوبر", "نوفمبر", "ديسمبر", "كانون", "شباط", "اذار", "نيسان", "ايار", "حزيران", "تموز", "اب",
			"ايلول", "تشرين", "january", "february", "march", "april", "may", "june", "july", "august", "september",
			"october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
			"nov", "dec");

	private static final Set<String> YEAR_CUES = Set.of("عام", "العام", "لعام", "سنه", "السنه", "منذ", "year", "in",
			"since");

	private static final Set<String> PERCENT = Set.of("%", "٪", "بالمئه", "بالمائه", "percent", "pct");

	private static final Set<String> CLOCK = Set.of("am", "pm", "gmt", "utc", "صباحا", "مساء", "ظهرا", "عصرا", "ت");

	private QuantityExclusions() {
	}

	/** Whether the number spanning tokens {@code [i, next)} (a digit group or words) is no count. */
	static boolean excluded(List<Token> tokens, String text, int i, int next) {
		Token first = tokens.get(i);
		return percentage(tokens, next) || ordinalTeen(tokens, i) || (first.kind() == Kind.DIGITS
				&& (glued(tokens, text, i) || roadName(tokens, i) || year(tokens, i, next) || date(tokens, i, next)
						|| time(tokens, i, next)));
	}

	/** Arabic ordinals that a following عشر makes a teen ordinal: السادس عشر is "the sixteenth", no count. */
	private static final Set<String> ORDINALS = Set.of("الحادي", "الثاني", "الثالث", "الرابع", "الخامس", "السادس",
			"السابع", "الثامن", "التاسع", "الحاديه", "الثانيه", "الثالثه", "الرابعه", "الخامسه", "السادسه", "السابعه",
			"الثامنه", "التاسعه");

	private static boolean ordinalTeen(List<Token> tokens, int i) {
		return i > 0 && (tokens.get(i).is("عشر") || tokens.get(i).is("عشره")) && ORDINALS.contains(tokens.get(i - 1).text());
	}

	/** A road named by a letter written in Arabic, as «إم 4» (M4) or «إم 5». */
	private static boolean roadName(List<Token> tokens, int i) {
		return i > 0 && tokens.get(i - 1).is("ام") && tokens.get(i).text().length() <= 2;
	}

	private static boolean percentage(List<Token> tokens, int next) {
		if (next >= tokens.size()) {
			return false;
		}
		String t = tokens.get(next).text();
		return PERCENT.contains(t) || (t.equals("per") && word(tokens, next + 1).equals("cent"))
				|| (t.equals("في") && (word(tokens, next + 1).equals("المئه") || word(tokens, next + 1).equals("المائه")));
	}

	private static boolean glued(List<Token> tokens, String text, int i) {
		int at = tokens.get(i).start();
		boolean letter = at > 0 && isLatin(text.charAt(at - 1));
		boolean hyphen = at > 1 && text.charAt(at - 1) == '-' && isLatin(text.charAt(at - 2));
		return letter || hyphen;
	}

	private static boolean isLatin(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}

	private static boolean year(List<Token> tokens, int i, int next) {
		String digits = tokens.get(i).text();
		if (next != i + 1 || digits.length() != 4 || !digits.chars().allMatch(Character::isDigit)) {
			return false;
		}
		int y = Integer.parseInt(digits);
		if (y < 1900 || y > 2100) {
			return false;
		}
		boolean wordAfter = next < tokens.size() && tokens.get(next).kind() == Kind.WORD
				&& !tokens.get(next).text().startsWith("و");
		return !wordAfter || monthBefore(tokens, i) || YEAR_CUES.contains(word(tokens, i - 1));
	}

	private static boolean date(List<Token> tokens, int i, int next) {
		String after = word(tokens, next);
		boolean slash = after.equals("/") && next + 1 < tokens.size() && tokens.get(next + 1).kind() == Kind.DIGITS;
		boolean slashBefore = i >= 2 && tokens.get(i - 1).is("/") && tokens.get(i - 2).kind() == Kind.DIGITS;
		return MONTHS.contains(after) || MONTHS.contains(word(tokens, i - 1)) || slash || slashBefore;
	}

	private static boolean time(List<Token> tokens, int i, int next) {
		String after = word(tokens, next);
		boolean colon = after.equals(":") && next + 1 < tokens.size() && tokens.get(next + 1).kind() == Kind.DIGITS;
		boolean colonBefore = i >= 2 && tokens.get(i - 1).is(":") && tokens.get(i - 2).kind() == Kind.DIGITS;
		boolean clockWord = CLOCK.contains(after) || (after.equals("a") || after.equals("p"))
				&& word(tokens, next + 1).equals(".") && word(tokens, next + 2).equals("m");
		boolean hour = word(tokens, i - 1).equals("الساعه") || word(tokens, i - 1).equals("الساعة");
		return colon || colonBefore || clockWord || hour;
	}

	/** A month name ending right before token {@code i}, past a parenthesised second name: يونيو (حزيران) 1967. */
	private static boolean monthBefore(List<Token> tokens, int i) {
		for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
			if (MONTHS.contains(word(tokens, k))) {
				return true;
			}
			if (!tokens.get(k).is("(", ")", ",", "،")) {
				return false;
			}
		}
		return false;
	}

	static String word(List<Token> tokens, int i) {
		return i >= 0 && i < tokens.size() ? tokens.get(i).text() : "";
	}

}
