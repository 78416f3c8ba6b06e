package org.raqib.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a normalised text into the tokens quantities are read from: digit groups with their separators
 * ({@code 1,890}, {@code 3.5}, {@code ١٬٨٩٠} once folded), letter words, and single punctuation marks.
 */
final class QuantityTokens {

	private static final Pattern TOKEN = Pattern.compile("(\\d+(?:[.,\u066B\u066C]\\d+)*)|(\\p{L}+)|(\\S)");

	private QuantityTokens() {
	}

	enum Kind {

		DIGITS, WORD, MARK

	}

	/** One token; offsets are into the normalised text. */
	record Token(String text, int start, int end, Kind kind) {

		boolean is(String... any) {
			for (String s : any) {
				if (this.text.equals(s)) {
					return true;
				}
			}
			return false;
		}

	}

	static List<Token> of(String normalised) {
		var tokens = new ArrayList<Token>();
		Matcher m = TOKEN.matcher(normalised);
		while (m.find()) {
			Kind kind = m.group(1) != null ? Kind.DIGITS : m.group(2) != null ? Kind.WORD : Kind.MARK;
			tokens.add(new Token(m.group(), m.start(), m.end(), kind));
		}
		return tokens;
	}

}
