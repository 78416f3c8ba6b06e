package org.raqib.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.raqib.text.QuantityTokens.Kind;
import org.raqib.text.QuantityTokens.Token;

/**
 * Cardinal numbers written in words, Arabic and English, read from normalised tokens (ة→ه, أ→ا, ى→ي, no
 * harakat, lower case): units in both genders and cases (ثلاث/ثلاثه, اثنان/اثنين/اثنتين), teens (ثلاثه عشر),
 * tens in -ون/-ين, hundreds (مئه/مائه, مئتان, ثمانمائه), ألف/ألفان/آلاف, مليون, مليار, joined by و
 * (ثلاثه وثلاثين = 33, الف وثمانمائه وتسعون = 1890); English units, teens, tens, hyphenated compounds,
 * hundred, thousand, million, (a) dozen. Ordinals (الثالث, third) and words with the article (الاثنين is Monday)
 * are not numbers. One on its own (واحد, one) is not read: it is mostly a pronoun or an article.
 */
final class NumberWords {

	/** Added to the running group. */
	private static final Map<String, Long> VALUES = new HashMap<>();

	/** Multiply the running group: hundred, dozen. */
	private static final Map<String, Long> FACTORS = new HashMap<>();

	/** Close the running group into the total: thousand, million, billion. */
	private static final Map<String, Long> SCALES = new HashMap<>();

	/** Words that are themselves a count of a scale: الفان = 2000. */
	private static final Map<String, Long> DUAL_SCALES = new HashMap<>();

	/** Vague plurals of a magnitude: lower end and upper end. */
	private static final Map<String, long[]> VAGUE = new HashMap<>();

	static {
		String[][] units = { { "واحد", "واحده" }, { "اثنان", "اثنين", "اثنتان", "اثنتين", "اثنا", "اثنتا" },
				{ "ثلاث", "ثلاثه" }, { "اربع", "اربعه" }, { "خمس", "خمسه" }, { "ست", "سته" }, { "سبع", "سبعه" },
				{ "ثمان", "ثماني", "ثمانيه" }, { "تسع", "تسعه" }, { "عشر", "عشره" } };
		String[] stems = { "", "", "ثلاث", "اربع", "خمس", "ست", "سبع", "ثمان", "تسع" };
		for (int u = 0; u < units.length; u++) {
			for (String w : units[u]) {
				VALUES.put(w, u + 1L);
			}
		}
		String[] tens = { "عشر", "ثلاث", "اربع", "خمس", "ست", "سبع", "ثمان", "تسع" };
		for (int t = 0; t < tens.length; t++) {
			VALUES.put(tens[t] + "ون", (t + 2) * 10L);
			VALUES.put(tens[t] + "ين", (t + 2) * 10L);
		}
		for (String h : new String[] { "مئه", "مائه", "ميه" }) {
			FACTORS.put(h, 100L);
		}
		for (String h : new String[] { "مئتان", "مئتين", "مائتان", "مائتين", "مئتا", "مائتا" }) {
			VALUES.put(h, 200L);
		}
		for (int u = 2; u < stems.length; u++) {
			VALUES.put(stems[u] + "مئه", (u + 1) * 100L);
			VALUES.put(stems[u] + "مائه", (u + 1) * 100L);
		}
		scale(1_000L, "الف", "الفا", "الاف", "thousand");
		scale(1_000_000L, "مليون", "مليونا", "ملايين", "million");
		scale(1_000_000_000L, "مليار", "مليارا", "مليارات", "billion");
		for (String d : new String[] { "الفان", "الفين" }) {
			DUAL_SCALES.put(d, 2_000L);
		}
		for (String d : new String[] { "مليونان", "مليونين" }) {
			DUAL_SCALES.put(d, 2_000_000L);
		}
		for (String d : new String[] { "ملياران", "مليارين" }) {
			DUAL_SCALES.put(d, 2_000_000_000L);
		}
		String[] english = { "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
				"twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen" };
		for (int u = 0; u < english.length; u++) {
			VALUES.put(english[u], u + 1L);
		}
		String[] englishTens = { "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety" };
		for (int t = 0; t < englishTens.length; t++) {
			VALUES.put(englishTens[t], (t + 2) * 10L);
		}
		FACTORS.put("hundred", 100L);
		FACTORS.put("dozen", 12L);
		vague(10, 99, "عشرات", "dozens", "tens");
		vague(100, 999, "مئات", "hundreds");
		vague(1_000, 9_999, "الاف", "thousands");
		vague(1_000_000, 9_999_999, "ملايين", "millions");
		vague(3, 9, "بضع", "بضعه");
	}

	private NumberWords() {
	}

	private static void scale(long value, String... words) {
		for (String w : words) {
			SCALES.put(w, value);
		}
	}

	private static void vague(long lower, long upper, String... words) {
		for (String w : words) {
			VAGUE.put(w, new long[] { lower, upper });
		}
	}

	/**
	 * A number read from {@code tokens[from]} on.
	 *
	 * @param clitic letters of a proclitic (و, ب, ل, ف) before the first word, not part of the number.
	 * @param next the index of the first token after the number.
	 */
	record Parsed(long value, @Nullable Long upper, int clitic, int next) {
	}

	/** The scale word (ألف, million…) at {@code i}, or 0. */
	static long scaleAt(List<Token> tokens, int i) {
		if (i >= tokens.size()) {
			return 0;
		}
		Long scale = SCALES.get(tokens.get(i).text());
		return scale == null ? 0 : scale;
	}

	static @Nullable Parsed parse(List<Token> tokens, int from) {
		if (from >= tokens.size() || tokens.get(from).kind() != Kind.WORD) {
			return null;
		}
		String first = tokens.get(from).text();
		int clitic = 0;
		if (!known(first) && first.length() > 3 && "وفبل".indexOf(first.charAt(0)) >= 0 && known(first.substring(1))) {
			clitic = 1;
		}
		String word = first.substring(clitic);
		if (VAGUE.containsKey(word)) {
			return vague(tokens, from, clitic, VAGUE.get(word));
		}
		if (word.equals("a") && from + 1 < tokens.size() && (FACTORS.containsKey(tokens.get(from + 1).text())
				|| SCALES.containsKey(tokens.get(from + 1).text()))) {
			word = "one";
		}
		var sum = new Sum();
		int i = from;
		boolean joined = false;
		while (word != null && sum.add(word, joined, tokens, i)) {
			i += sum.width;
			int j = i < tokens.size() && tokens.get(i).is("-", "and", "و") ? i + 1 : i;
			joined = j > i;
			word = j < tokens.size() && tokens.get(j).kind() == Kind.WORD ? tokens.get(j).text() : null;
			if (word != null && !joined && word.length() > 2 && word.charAt(0) == 'و' && !known(word)
					&& known(word.substring(1))) {
				word = word.substring(1);
				joined = true;
			}
			if (word == null || !known(word)) {
				break;
			}
			i = j;
		}
		if (sum.read == 0 || (sum.read == 1 && sum.value() == 1)) {
			return null;
		}
		return new Parsed(sum.value(), null, clitic, i);
	}

	private static boolean known(String word) {
		return VALUES.containsKey(word) || FACTORS.containsKey(word) || SCALES.containsKey(word)
				|| DUAL_SCALES.containsKey(word) || VAGUE.containsKey(word) || word.equals("احد") || word.equals("احدي");
	}

	/**
	 * The running sum of a number in words. A joiner (و, and, a hyphen) may only bring what such a compound
	 * allows: tens after a unit (ثلاثه وثلاثين, thirty-three), anything smaller after hundreds or a scale (الف
	 * وثمانمائه); so two numbers side by side (ثلاثه واربعه) stay two numbers.
	 */
	private static final class Sum {

		long total;

		long current;

		long last;

		int read;

		int width;

		long value() {
			return this.total + this.current;
		}

		boolean add(String word, boolean joined, List<Token> tokens, int i) {
			this.width = 1;
			long v;
			if (word.equals("احد") || word.equals("احدي") || VALUES.containsKey(word) && VALUES.get(word) < 10
					&& i + 1 < tokens.size() && tokens.get(i + 1).is("عشر", "عشره")) {
				if (i + 1 >= tokens.size() || !tokens.get(i + 1).is("عشر", "عشره")) {
					return false;
				}
				v = VALUES.getOrDefault(word, 1L) + 10;
				this.width = 2;
			}
			else if (VALUES.containsKey(word)) {
				v = VALUES.get(word);
			}
			else {
				return addScale(word, joined);
			}
			if (this.read > 0 && !fits(v, joined)) {
				return false;
			}
			this.current += v;
			this.last = v;
			this.read++;
			return true;
		}

		private boolean fits(long v, boolean joined) {
			boolean tensAfterUnit = this.last < 10 && v >= 20 && v < 100 && joined;
			boolean unitAfterTens = this.last >= 20 && this.last < 100 && this.last % 10 == 0 && v < 10;
			boolean smallerAfterHundreds = this.last >= 100 && v < this.last % 1000 + (this.last >= 1000 ? 1000 : 0)
					&& v < 1000;
			return tensAfterUnit || unitAfterTens || smallerAfterHundreds;
		}

		private boolean addScale(String word, boolean joined) {
			if (joined) {
				return false;
			}
			if (FACTORS.containsKey(word) && (this.read == 0 || this.current > 0 && this.current < 10)) {
				this.current = Math.max(this.current, 1) * FACTORS.get(word);
				this.last = this.current;
			}
			else if (SCALES.containsKey(word) && (this.read > 0 || !word.equals("الاف"))
					&& this.current < 1000) {
				this.total += Math.max(this.current, 1) * SCALES.get(word);
				this.current = 0;
				this.last = SCALES.get(word);
			}
			else if (DUAL_SCALES.containsKey(word) && this.read == 0) {
				this.total += DUAL_SCALES.get(word);
				this.last = DUAL_SCALES.get(word);
			}
			else {
				return false;
			}
			this.read++;
			return true;
		}

	}

	private static Parsed vague(List<Token> tokens, int from, int clitic, long[] range) {
		int i = from + 1;
		if (i + 1 < tokens.size() && tokens.get(i).is("of") && tokens.get(i + 1).is("thousands", "millions")) {
			i++;
		}
		long scale = tokens.get(i < tokens.size() ? i : from).is("thousands") ? 1_000
				: tokens.get(i < tokens.size() ? i : from).is("millions") ? 1_000_000 : scaleAt(tokens, i);
		if (scale == 0 && i < tokens.size() && tokens.get(i).text().startsWith("ال")) {
			Long s = SCALES.get(tokens.get(i).text().substring(2));
			scale = s == null ? 0 : s;
		}
		if (scale > 0) {
			return new Parsed(range[0] * scale, (range[1] + 1) * scale - 1, clitic, i + 1);
		}
		return new Parsed(range[0], range[1], clitic, from + 1);
	}

}
