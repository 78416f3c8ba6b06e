package org.raqib.server.person;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Names and ID numbers as the person search compares them. Decomposing and dropping combining marks
 * removes Arabic diacritics, Hebrew points and Latin accents, and with them the hamza and madda that
 * distinguish أ إ آ from ا; then tatweel goes, ة becomes ه and ى becomes ي, letters are lower-cased,
 * digits of any script become Latin digits and runs of spaces become one.
 */
final class SearchText {

	private static final Pattern MARKS = Pattern.compile("\\p{Mn}+");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private SearchText() {
	}

	static String normalise(String text) {
		String bare = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
		var out = new StringBuilder(bare.length());
		for (int i = 0; i < bare.length(); i++) {
			char c = bare.charAt(i);
			switch (c) {
				case '\u0640' -> {
				}
				case '\u0629' -> out.append('\u0647');
				case '\u0649' -> out.append('\u064A');
				case '\u0671' -> out.append('\u0627');
				default -> out.append(Character.isDigit(c) ? Character.forDigit(Character.digit(c, 10), 10) : c);
			}
		}
		return SPACES.matcher(out.toString().toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
	}

	/** Whether any of the texts contains the normalised query. */
	static boolean matches(String normalisedQuery, @Nullable String... texts) {
		for (String text : texts) {
			if (text != null && normalise(text).contains(normalisedQuery)) {
				return true;
			}
		}
		return false;
	}

}
