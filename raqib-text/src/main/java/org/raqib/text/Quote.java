package org.raqib.text;

import org.jspecify.annotations.Nullable;

/**
 * A quotation in a text: the quoted words without their marks ({@code start}, {@code end} their span), its
 * speaker as written (a name, or a title and a name) with the speaker's span, or null and -1 when none is
 * attributed, and the reporting verb or cue that ties them ({@code قال}, {@code بحسب}, {@code said}).
 *
 * The speaker's span is where it is written; after «وفقاً لـ» the preposition is read away from the text
 * (للبيان التركي → البيان التركي) and the span starts after its first letter.
 *
 * @param scare a scare-quoted phrase or a name in quotation marks («حماس», «تفاهم كامل»), not someone's words;
 * it never has a speaker.
 */
public record Quote(int start, int end, String quoted, @Nullable String speaker, int speakerStart, int speakerEnd,
		@Nullable String verb, boolean scare) {

	static Quote unattributed(QuoteSpan span, boolean scare) {
		return new Quote(span.start(), span.end(), span.quoted(), null, -1, -1, null, scare);
	}

}
