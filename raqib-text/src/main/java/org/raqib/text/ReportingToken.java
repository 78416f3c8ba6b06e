package org.raqib.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A word or a punctuation mark of a text, with its offsets and a comparison key: harakat and tatweel removed,
 * أ إ آ ٱ read as ا, ى as ي, ة as ه, Latin lower-cased. Punctuation marks (. , ، : ؛ ; « » " “ ” ( ) ? ؟ !) are
 * tokens of their own so that phrases can stop at them; a line break is the token {@code \n}.
 */
record ReportingToken(String text, String key, int start, int end) {

	private static final String MARKS = ".,،:؛;«»\"“”()?؟!\n";

	static List<ReportingToken> of(String text) {
		var tokens = new ArrayList<ReportingToken>();
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (MARKS.indexOf(c) >= 0) {
				tokens.add(new ReportingToken(String.valueOf(c), String.valueOf(c), i, i + 1));
				i++;
			}
			else if (isWordChar(c)) {
				int from = i;
				while (i < text.length() && (isWordChar(text.charAt(i)) || isInnerMark(text, i))) {
					i++;
				}
				String word = text.substring(from, i);
				tokens.add(new ReportingToken(word, key(word), from, i));
			}
			else {
				i++;
			}
		}
		return tokens;
	}

	static String key(String word) {
		var key = new StringBuilder(word.length());
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			if ((c >= '\u064B' && c <= '\u0652') || c == '\u0670' || c == '\u0640') {
				continue;
			}
			key.append(switch (c) {
				case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
				case 'ى' -> 'ي';
				case 'ة' -> 'ه';
				default -> c;
			});
		}
		return key.toString().toLowerCase(Locale.ROOT);
	}

	boolean isMark() {
		return this.text.length() == 1 && MARKS.indexOf(this.text.charAt(0)) >= 0;
	}

	boolean isQuoteMark() {
		return this.isMark() && "«»\"“”".indexOf(this.text.charAt(0)) >= 0;
	}

	boolean isSentenceEnd() {
		return this.isMark() && ".?؟!\n".indexOf(this.text.charAt(0)) >= 0;
	}

	boolean isNumber() {
		return !this.isMark() && Character.isDigit(this.text.charAt(0));
	}

	boolean isCapitalised() {
		return !this.isMark() && Character.isUpperCase(this.text.charAt(0));
	}

	private static boolean isWordChar(char c) {
		return Character.isLetterOrDigit(c) || (c >= '\u064B' && c <= '\u0652') || c == '\u0670' || c == '\u0640';
	}

	/** An apostrophe, hyphen or decimal point between two word characters stays inside the word (agency's, al-Din, 3.5). */
	private static boolean isInnerMark(String text, int i) {
		char c = text.charAt(i);
		return (c == '\'' || c == '’' || c == '-' || c == '.' || c == ',') && i > 0 && i + 1 < text.length()
				&& isWordChar(text.charAt(i - 1)) && isWordChar(text.charAt(i + 1))
				&& (c != '.' && c != ',' || Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1)));
	}

}
