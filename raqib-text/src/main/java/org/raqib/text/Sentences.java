package org.raqib.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a paragraph into sentences at . ! ? ؟ … and the Arabic full stop ۔, keeping the offsets:
 * not at a decimal point or thousands separator (3.5, 1.890), not inside parentheses (agency credits
 * such as (أ.ف.ب)) or inside a quotation that continues, not after an English abbreviation (Mr., U.S.,
 * e.g.) or a single capital initial; a closing quotation mark or bracket after the stop stays with the
 * sentence it ends. A line break always ends a sentence.
 */
public final class Sentences {

	/** A sentence and where it is in the text it was split from. */
	public record Sentence(String text, int start, int end) {
	}

	private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col",
			"maj", "capt", "sgt", "st", "no", "vs", "etc", "e.g", "i.e", "u.s", "u.n", "u.k", "jan", "feb", "mar",
			"apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

	private static final String STOPS = ".!?؟…۔";

	private static final String CLOSERS = "\"'”’»)]";

	private Sentences() {
	}

	public static List<Sentence> split(String text) {
		var sentences = new ArrayList<Sentence>();
		int start = 0;
		int depth = 0;
		int quotes = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '(' || c == '[') {
				depth++;
			}
			else if ((c == ')' || c == ']') && depth > 0) {
				depth--;
			}
			else if (c == '«' || c == '“') {
				quotes++;
			}
			else if ((c == '»' || c == '”') && quotes > 0) {
				quotes--;
			}
			if (c == '\n') {
				add(sentences, text, start, i);
				start = i + 1;
			}
			else if (STOPS.indexOf(c) >= 0 && depth == 0 && endsSentence(text, i)) {
				int end = i + 1;
				while (end < text.length() && (STOPS.indexOf(text.charAt(end)) >= 0 || CLOSERS.indexOf(text.charAt(end)) >= 0)) {
					char closer = text.charAt(end);
					if (closer == '»' || closer == '”') {
						quotes = Math.max(0, quotes - 1);
					}
					end++;
				}
				if (quotes > 0) {
					continue;
				}
				add(sentences, text, start, end);
				start = end;
				i = end - 1;
			}
		}
		add(sentences, text, start, text.length());
		return sentences;
	}

	/** Whether the stop at {@code i} ends a sentence: followed by space or the end, and no number or abbreviation. */
	private static boolean endsSentence(String text, int i) {
		char c = text.charAt(i);
		boolean last = i + 1 >= text.length();
		if (!last && Character.isDigit(text.charAt(i + 1)) && i > 0 && Character.isDigit(text.charAt(i - 1))) {
			return false;
		}
		if (c != '.') {
			return true;
		}
		if (!last && !Character.isWhitespace(text.charAt(i + 1)) && CLOSERS.indexOf(text.charAt(i + 1)) < 0) {
			return false;
		}
		String word = wordBefore(text, i);
		if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
			return false;
		}
		return !ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
	}

	private static String wordBefore(String text, int i) {
		int from = i;
		while (from > 0 && (Character.isLetter(text.charAt(from - 1)) || text.charAt(from - 1) == '.')) {
			from--;
		}
		return text.substring(from, i);
	}

	private static void add(List<Sentence> sentences, String text, int start, int end) {
		int s = start;
		int e = end;
		while (s < e && Character.isWhitespace(text.charAt(s))) {
			s++;
		}
		while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
			e--;
		}
		if (s < e) {
			sentences.add(new Sentence(text.substring(s, e), s, e));
		}
	}

}
