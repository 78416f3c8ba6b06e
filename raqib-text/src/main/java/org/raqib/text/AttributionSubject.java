package org.raqib.text;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The source one token cues, if any: the phrase after an "according to" cue, the subject of a reporting verb
 * (after it in Arabic, before it in English, after it in "…, said the ministry"), or the subject of an earlier
 * كان/كانت in the same sentence when the verb has none of its own. An Arabic imperfect reports only when إن, أن
 * or a colon follows its subject closely (وتقول المديرة في المستشفى إن …), not in a headline such as «موسكو تؤكد دعم الجيش».
 */
final class AttributionSubject {

	/** What must follow the subject of an imperfect verb for it to report (وتقول المديرة إن …), not describe. */
	private static final java.util.Set<String> INTRODUCERS = java.util.Set.of("ان", "انه", "انها", "بان", ":");

	private AttributionSubject() {
	}

	static Optional<StatementSource> of(String text, List<ReportingToken> tokens, int i) {
		ReportingToken cue = tokens.get(i);
		int according = AttributionCues.according(tokens, i);
		if (according >= 0) {
			boolean english = cue.key().equals("according");
			SpeakerPhrase phrase = english ? SpeakerEnglish.after(text, tokens, according)
					: SpeakerArabic.after(text, tokens, according);
			String written = english ? "according to" : cue.text();
			return phrase == null ? Optional.empty() : source(phrase.withoutLam(), written);
		}
		if (!ReportingVerbs.cuesSource(cue)) {
			return Optional.empty();
		}
		SpeakerPhrase phrase = ReportingVerbs.isEnglish(cue) ? english(text, tokens, i) : arabic(text, tokens, i);
		boolean reported = phrase != null && (ReportingVerbs.isEnglish(cue) || ReportingVerbs.isPerfect(cue)
				|| introduced(tokens, phrase.to()));
		return !reported || phrase.isPronoun() ? Optional.empty() : source(phrase, cue.text());
	}

	/** Whether إن, أن or a colon follows within four tokens, no other punctuation before it. */
	private static boolean introduced(List<ReportingToken> tokens, int from) {
		for (int i = from; i < tokens.size() && i < from + 4; i++) {
			if (INTRODUCERS.contains(tokens.get(i).key())) {
				return true;
			}
			if (tokens.get(i).isMark()) {
				return false;
			}
		}
		return false;
	}

	/** Whether the sentence has a reporting verb whose subject is a pronoun (وأضاف أن…، it added). */
	static boolean continues(String text, int start, int end) {
		List<ReportingToken> tokens = ReportingToken.of(text);
		for (int i = 0; i < tokens.size(); i++) {
			ReportingToken token = tokens.get(i);
			if (token.start() < start || token.start() >= end || !ReportingVerbs.isReporting(token)
					|| ReportingVerbs.isNoun(token)) {
				continue;
			}
			SpeakerPhrase phrase = ReportingVerbs.isEnglish(token) ? english(text, tokens, i) : arabic(text, tokens, i);
			if (phrase == null || phrase.isPronoun()) {
				return true;
			}
		}
		return false;
	}

	private static @Nullable SpeakerPhrase english(String text, List<ReportingToken> tokens, int verb) {
		SpeakerPhrase before = SpeakerEnglish.before(text, tokens, verb);
		boolean inverted = before == null && SpeakerEnglish.inverted(tokens, verb);
		return inverted ? SpeakerEnglish.after(text, tokens, verb + 1) : before;
	}

	/**
	 * The subject of an Arabic verb: a كان subject first, since after the verb stands its object then (وكان المكتب
	 * أعلن تسلم القائمة); else the phrase after the verb; else a subject right before it (الجانب التركي أعلن في بيان).
	 */
	static @Nullable SpeakerPhrase arabic(String text, List<ReportingToken> tokens, int verb) {
		SpeakerPhrase kaan = AttributionCues.kaanSubject(text, tokens, verb);
		if (kaan != null) {
			return kaan;
		}
		SpeakerPhrase after = SpeakerArabic.after(text, tokens, verb + 1);
		return after != null ? after : SpeakerArabic.before(text, tokens, verb);
	}

	private static Optional<StatementSource> source(SpeakerPhrase phrase, String cue) {
		return Optional.of(new StatementSource(phrase.start(), phrase.end(), phrase.text(), cue));
	}

}
