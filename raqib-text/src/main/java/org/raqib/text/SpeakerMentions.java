package org.raqib.text;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Everyone a reporting verb or an "according to" cue names in a text, in order, so that a verb without a
 * named subject (وأضاف «…»، "…," he added) takes the latest speaker before it in the same paragraph, or, when
 * its paragraph has none, in the paragraph before (Arabic news often gives each sentence a paragraph). A
 * كان/كانت subject earlier in the same sentence comes first (وكان المتحدث … ، أوضح أن …). Verbs inside a
 * quotation name no one outside it.
 */
final class SpeakerMentions {

	private final String text;

	private final List<ReportingToken> tokens;

	private final List<SpeakerPhrase> mentions = new ArrayList<>();

	SpeakerMentions(String text, List<ReportingToken> tokens) {
		this.text = text;
		this.tokens = tokens;
		List<QuoteSpan> spans = QuoteSpan.find(text);
		for (int i = 0; i < tokens.size(); i++) {
			int offset = tokens.get(i).start();
			boolean quoted = spans.stream().anyMatch(span -> offset >= span.start() && offset < span.end());
			SpeakerPhrase named = quoted ? null : named(i);
			if (named != null && !named.isPronoun()) {
				this.mentions.add(named);
			}
		}
	}

	/** The phrase a reporting verb or cue at token {@code i} names, or null. */
	@Nullable SpeakerPhrase named(int i) {
		ReportingToken token = this.tokens.get(i);
		int according = AttributionCues.according(this.tokens, i);
		if (according >= 0) {
			SpeakerPhrase phrase = isEnglish(according) ? SpeakerEnglish.after(this.text, this.tokens, according)
					: SpeakerArabic.after(this.text, this.tokens, according);
			return phrase == null ? null : phrase.withoutLam();
		}
		if (!ReportingVerbs.isReporting(token)) {
			return null;
		}
		if (ReportingVerbs.isEnglish(token)) {
			SpeakerPhrase before = SpeakerEnglish.before(this.text, this.tokens, i);
			boolean inverted = before == null && SpeakerEnglish.inverted(this.tokens, i);
			return inverted ? SpeakerEnglish.after(this.text, this.tokens, i + 1) : before;
		}
		return AttributionSubject.arabic(this.text, this.tokens, i);
	}

	/** The speaker a pronoun subject of the verb at token {@code verb} stands for, or null. */
	@Nullable SpeakerPhrase resolve(int verb) {
		int offset = this.tokens.get(verb).start();
		int paragraph = paragraphStart(offset);
		SpeakerPhrase latest = latestBetween(paragraph, offset);
		if (latest == null && paragraph > 0) {
			latest = latestBetween(previousParagraph(paragraph), paragraph);
		}
		return latest;
	}

	private @Nullable SpeakerPhrase latestBetween(int from, int to) {
		SpeakerPhrase latest = null;
		for (SpeakerPhrase mention : this.mentions) {
			if (mention.start() >= from && mention.start() < to) {
				latest = mention;
			}
		}
		return latest;
	}

	/** The offset where the paragraph holding {@code offset} starts. */
	private int paragraphStart(int offset) {
		return this.text.lastIndexOf('\n', offset - 1) + 1;
	}

	/** The start of the paragraph before the one starting at {@code paragraph}, blank lines between skipped. */
	private int previousParagraph(int paragraph) {
		int i = paragraph - 1;
		while (i > 0 && this.text.charAt(i - 1) == '\n') {
			i--;
		}
		return paragraphStart(i);
	}

	private boolean isEnglish(int token) {
		String word = this.tokens.get(token).text();
		return word.chars().anyMatch(c -> c < 0x0600 && Character.isLetter(c));
	}

}
