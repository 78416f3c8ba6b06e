package org.raqib.text;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A speaker or source as written in the text, with the token range it covers ({@code from} inclusive,
 * {@code to} exclusive) and its character span.
 */
record SpeakerPhrase(String text, int start, int end, int from, int to) {

	private static final Set<String> ENGLISH_PRONOUNS = Set.of("he", "she", "they", "it", "we", "i");

	static SpeakerPhrase of(String text, List<ReportingToken> tokens, int from, int to) {
		int start = tokens.get(from).start();
		int end = tokens.get(to - 1).end();
		return new SpeakerPhrase(text.substring(start, end), start, end, from, to);
	}

	/** Whether the phrase is only a pronoun (he, she, it, they), which stands for an earlier speaker. */
	boolean isPronoun() {
		return this.from + 1 == this.to && ENGLISH_PRONOUNS.contains(ReportingToken.key(this.text));
	}

	/** The phrase with a leading preposition ل read away: للبيان التركي → البيان التركي. */
	SpeakerPhrase withoutLam() {
		if (this.text.startsWith("لل") && this.text.length() > 3) {
			return new SpeakerPhrase("ا" + this.text.substring(1), this.start + 1, this.end, this.from, this.to);
		}
		if (this.text.startsWith("ل") && this.text.length() > 3) {
			return new SpeakerPhrase(this.text.substring(1), this.start + 1, this.end, this.from, this.to);
		}
		return this;
	}

	static @Nullable SpeakerPhrase nullIfEmpty(String text, List<ReportingToken> tokens, int from, int to) {
		return from < to ? of(text, tokens, from, to) : null;
	}

}
