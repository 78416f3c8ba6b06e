package org.raqib.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Statement sources: the subject of a reporting verb in the perfect (أعلنت وزارة الخارجية المصرية، قالت وزارة
 * العدل الإسرائيلية، the ministry said, Qatar announced), the phrase after an "according to" cue (وفقاً للبيان
 * التركي، بحسب وزارة الصحة، وفق ما ذكرته الوزارة، according to the UN), and the subject of كان/كانت that a later
 * verb of the sentence reports (وكانت وزارة العدل الإسرائيلية أعلنت). A verb whose subject is a pronoun
 * (وأضافت، It added) names no source: {@link #forSentence} carries the previous sentence's source to it.
 * Reporting verbs inside quotation marks are the quoted speaker's words and cue nothing; a phrase two cues
 * name (بحسب ما أفادت إدارة المستشفى) is one source.
 */
public final class Sources {

	private Sources() {
	}

	public static List<StatementSource> find(String text) {
		List<ReportingToken> tokens = ReportingToken.of(text);
		List<QuoteSpan> spans = QuoteSpan.find(text);
		var sources = new ArrayList<StatementSource>();
		for (int i = 0; i < tokens.size(); i++) {
			int offset = tokens.get(i).start();
			if (spans.stream().noneMatch(span -> offset >= span.start() && offset < span.end())) {
				AttributionSubject.of(text, tokens, i)
					.filter(source -> sources.stream().noneMatch(known -> known.start() == source.start()))
					.ifPresent(sources::add);
			}
		}
		return sources;
	}

	/**
	 * The source governing the sentence at {@code sentenceStart}–{@code sentenceEnd} of {@code text}: the first one
	 * named in it, else, when its reporting verb has a pronoun subject (وأضافت أن…، It added…), the source of the
	 * sentence before it (in the same paragraph, or the paragraph before when the sentence opens its own).
	 */
	public static Optional<StatementSource> forSentence(String text, int sentenceStart, int sentenceEnd) {
		List<StatementSource> sources = find(text);
		Optional<StatementSource> own = sources.stream()
			.filter(source -> source.start() >= sentenceStart && source.start() < sentenceEnd)
			.findFirst();
		if (own.isPresent() || !AttributionSubject.continues(text, sentenceStart, sentenceEnd)) {
			return own;
		}
		Sentences.Sentence previous = null;
		for (Sentences.Sentence sentence : Sentences.split(text)) {
			if (sentence.end() <= sentenceStart) {
				previous = sentence;
			}
		}
		return previous == null ? Optional.empty() : forSentence(text, previous.start(), previous.end());
	}

}
