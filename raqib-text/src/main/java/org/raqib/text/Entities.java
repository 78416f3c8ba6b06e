package org.raqib.text;

import java.util.ArrayList;
import java.util.List;

import org.raqib.text.EntityTokens.Token;

/**
 * Finds the gazetteer's people, places and organisations in a text. The text is normalised
 * ({@link TextNormalizer}) and cut into words; at each word the longest name of the gazetteer that starts
 * there wins, the first word read with or without its proclitics ({@link Clitics}), the next ones as
 * written; then the search goes on after it. Names match whole words only, so a short name is never found
 * inside a longer word. Latin letters match in any case, except names written in capitals (acronyms).
 */
public final class Entities {

	private static final String JOINERS = "-\u2010\u2011\u2013'\u2019.\u00a0\u200c";

	private Entities() {
	}

	public static List<EntityMention> find(String text) {
		return find(text, EntityGazetteer.standard());
	}

	public static List<EntityMention> find(String text, EntityGazetteer gazetteer) {
		NormalizedText normalized = TextNormalizer.normalize(text);
		List<Token> tokens = EntityTokens.of(normalized.text());
		var mentions = new ArrayList<EntityMention>();
		int i = 0;
		while (i < tokens.size()) {
			Match match = longestAt(tokens, i, normalized, gazetteer);
			if (match == null) {
				i++;
				continue;
			}
			mentions.add(match.mention());
			i += match.words();
		}
		return mentions;
	}

	private record Match(EntityMention mention, int words) {
	}

	private static Match longestAt(List<Token> tokens, int i, NormalizedText normalized,
			EntityGazetteer gazetteer) {
		int most = Math.min(gazetteer.longest(), tokens.size() - i);
		for (int count = most; count >= 1; count--) {
			for (Clitics.Reading reading : Clitics.readings(tokens.get(i).text())) {
				var words = new ArrayList<String>(count);
				words.add(reading.form());
				for (int k = 1; k < count; k++) {
					words.add(tokens.get(i + k).text());
				}
				if (!joined(normalized.text(), tokens, i, count)) {
					break;
				}
				int start = tokens.get(i).start() + reading.consumed();
				int end = tokens.get(i + count - 1).end();
				for (EntityGazetteer.Name name : gazetteer.named(EntityGazetteer.key(words))) {
					if (!name.capitals() || writtenInCapitals(normalized.originalText(start, end), name.written())) {
						int[] span = normalized.originalSpan(start, end);
						return new Match(new EntityMention(span[0], span[1], normalized.original().substring(span[0],
								span[1]), name.entry().code(), name.entry().type()), count);
					}
				}
			}
		}
		return null;
	}

	/** Whether the words are joined only by spaces, hyphens, apostrophes or dots, not by quotes or brackets. */
	private static boolean joined(String text, List<Token> tokens, int i, int count) {
		for (int k = i + 1; k < i + count; k++) {
			for (int c = tokens.get(k - 1).end(); c < tokens.get(k).start(); c++) {
				char ch = text.charAt(c);
				if (!Character.isWhitespace(ch) && JOINERS.indexOf(ch) < 0) {
					return false;
				}
			}
		}
		return true;
	}

	private static boolean writtenInCapitals(String surface, String written) {
		return letters(surface).equals(letters(written));
	}

	private static String letters(String s) {
		var out = new StringBuilder();
		s.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
		return out.toString();
	}

}
