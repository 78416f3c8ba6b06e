package org.raqib.text;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The English noun phrase before a reporting verb (the joint committee said; A spokesperson for the UN office
 * said) back to the clause's start, or after it (said Ahmed Ali; according to the civil defence) up to a
 * preposition, a relative word or punctuation; at most eight words either way.
 */
final class SpeakerEnglish {

	private static final Set<String> CLAUSE_STARTS = Set.of("and", "but", "that", "while", "as", "which", "who",
			"when", "where", "because", "although", "after", "before", "if", "so");

	private static final Set<String> STOPS = Set.of("on", "in", "at", "that", "which", "who", "published",
			"released", "issued", "from", "as", "after", "before", "but", "and", "to", "with", "during", "by",
			"late", "early", "earlier", "later", "yesterday", "today", "last", "this");

	private static final int MAX_WORDS = 8;

	private SpeakerEnglish() {
	}

	/** The phrase ending right before token {@code verb}, or null when there is none. */
	static @Nullable SpeakerPhrase before(String text, List<ReportingToken> tokens, int verb) {
		if (verb > 1 && tokens.get(verb - 1).text().equals(",") && !tokens.get(verb - 2).isMark()) {
			return apposition(text, tokens, verb - 1);
		}
		int from = verb;
		while (from > 0 && verb - from < MAX_WORDS) {
			ReportingToken previous = tokens.get(from - 1);
			boolean joined = previous.key().equals("and") && from - 2 >= 0 && tokens.get(from - 2).isCapitalised()
					&& tokens.get(from).isCapitalised();
			if (!joined && (previous.isMark() || CLAUSE_STARTS.contains(previous.key())
					|| ReportingVerbs.isReporting(previous) || isAuxiliary(previous))) {
				break;
			}
			from--;
		}
		if (from > 0 && verb - from >= MAX_WORDS && !tokens.get(from - 1).isMark()) {
			return null;
		}
		return SpeakerPhrase.nullIfEmpty(text, tokens, from, verb);
	}

	/**
	 * The name of a subject in apposition before the verb: of "The cell's head, Colonel Anders Berg, said" and
	 * "Tom Fletcher, the UN relief chief, wrote", the part whose words are all capitalised, else the second.
	 */
	private static @Nullable SpeakerPhrase apposition(String text, List<ReportingToken> tokens, int comma) {
		int from = start(tokens, comma);
		boolean enclosed = from > 0 && tokens.get(from - 1).text().equals(",");
		if (!enclosed || from == comma) {
			return null;
		}
		int first = start(tokens, from - 1);
		boolean name = first < from - 1 && tokens.subList(first, from - 1).stream().allMatch(ReportingToken::isCapitalised);
		return name ? SpeakerPhrase.of(text, tokens, first, from - 1) : SpeakerPhrase.of(text, tokens, from, comma);
	}

	private static int start(List<ReportingToken> tokens, int end) {
		int from = end;
		while (from > 0 && end - from < MAX_WORDS && !tokens.get(from - 1).isMark()) {
			from--;
		}
		return from;
	}

	/** Whether the verb at {@code verb} follows a quotation ("…," said Ali), so its subject comes after it. */
	static boolean inverted(List<ReportingToken> tokens, int verb) {
		int i = verb - 1;
		while (i >= 0 && (tokens.get(i).text().equals(",") || tokens.get(i).text().equals("،"))) {
			i--;
		}
		return i >= 0 && tokens.get(i).isQuoteMark();
	}

	/** The phrase starting at token {@code from}, or null when there is none. */
	static @Nullable SpeakerPhrase after(String text, List<ReportingToken> tokens, int from) {
		int to = from;
		while (to < tokens.size() && to - from < MAX_WORDS && !tokens.get(to).isMark()
				&& !(to > from && STOPS.contains(tokens.get(to).key())) && !ReportingVerbs.isReporting(tokens.get(to))) {
			to++;
		}
		return SpeakerPhrase.nullIfEmpty(text, tokens, from, to);
	}

	/** was, were, been: a passive (No casualties were reported) names no source. */
	static boolean isAuxiliary(ReportingToken token) {
		return Set.of("was", "were", "been", "be", "is", "are", "being").contains(token.key());
	}

}
