package org.raqib.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits normalised text into words for name matching: runs of letters and digits, so hyphens, apostrophes
 * (the possessive {@code 's}), dots and quotation marks all separate words. Latin accents are dropped
 * ({@code erdoğan} is {@code erdogan}), one character for one, so offsets stay those of the normalised text.
 */
final class EntityTokens {

	/** A word of the normalised text, {@code [start, end)}, with its folded letters. */
	record Token(int start, int end, String text) {
	}

	private EntityTokens() {
	}

	static List<Token> of(String normalized) {
		var tokens = new ArrayList<Token>();
		int i = 0;
		while (i < normalized.length()) {
			if (!Character.isLetterOrDigit(normalized.charAt(i))) {
				i++;
				continue;
			}
			int start = i;
			var word = new StringBuilder();
			while (i < normalized.length() && Character.isLetterOrDigit(normalized.charAt(i))) {
				word.append(fold(normalized.charAt(i)));
				i++;
			}
			tokens.add(new Token(start, i, word.toString()));
		}
		return tokens;
	}

	/** The words of a name as the gazetteer keys them. */
	static List<String> words(String name) {
		return of(TextNormalizer.normalize(name).text()).stream().map(Token::text).toList();
	}

	static char fold(char c) {
		if (c < 0x80 || Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
			return c;
		}
		if (c == 'ı') {
			return 'i';
		}
		return Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0);
	}

	static boolean isArabic(String word) {
		return !word.isEmpty() && Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.ARABIC;
	}

}
