package org.raqib.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Quotations in «», “” and "" with their speakers. A quotation is attributed by the nearest reporting verb or
 * "according to" cue before it in the same sentence (وقال بيسكوف إن «…»، وشدد الوزير الروسي على أن «…»،
 * ووفقاً للبيان التركي؛ فقد «…»، The envoy said: "…"), else by one right after it («…»، بحسب بيسكوف؛ "…," the
 * agency said; "…," said Ali). A verb without a named subject (وأضاف: «…», he added) takes the latest speaker
 * before it ({@link SpeakerMentions}). A name or term in quotation marks («حماس», «إم 4») and a span of one to
 * three words that no verb introduces directly (verb, speaker, then only إن/أن/that or a colon) are scare
 * quotes: no speaker.
 */
public final class Quotes {

	private static final int WINDOW = 20;

	private static final Set<String> INTRODUCERS = Set.of("ان", "انه", "انها", "بان", ":", "،", ",", "that", "قد");

	private Quotes() {
	}

	public static List<Quote> find(String text) {
		List<ReportingToken> tokens = ReportingToken.of(text);
		var mentions = new SpeakerMentions(text, tokens);
		var quotes = new ArrayList<Quote>();
		for (QuoteSpan span : QuoteSpan.find(text)) {
			quotes.add(quote(text, tokens, mentions, span));
		}
		return quotes;
	}

	private static Quote quote(String text, List<ReportingToken> tokens, SpeakerMentions mentions, QuoteSpan span) {
		int open = tokenAt(tokens, span.start() - 1);
		int close = tokenAt(tokens, span.end());
		if (QuoteTerms.isTerm(span.quoted())) {
			return Quote.unattributed(span, true);
		}
		QuoteAttribution attribution = before(text, tokens, mentions, open);
		if (attribution == null) {
			attribution = after(text, tokens, mentions, close);
		}
		boolean shortSpan = words(tokens, open, close) <= 3;
		if (attribution == null || shortSpan && !attribution.direct()) {
			return Quote.unattributed(span, shortSpan);
		}
		SpeakerPhrase speaker = attribution.speaker();
		return new Quote(span.start(), span.end(), span.quoted(), speaker == null ? null : speaker.text(),
				speaker == null ? -1 : speaker.start(), speaker == null ? -1 : speaker.end(),
				tokens.get(attribution.cue()).text(), false);
	}

	/** The nearest verb or cue before the quotation in its sentence, within twenty tokens. */
	private static @Nullable QuoteAttribution before(String text, List<ReportingToken> tokens, SpeakerMentions mentions,
			int open) {
		for (int i = open - 1; i >= 0 && open - i <= WINDOW; i--) {
			ReportingToken token = tokens.get(i);
			if (token.isQuoteMark()) {
				i = overShortSpan(tokens, i);
				if (i < 0) {
					return null;
				}
				continue;
			}
			if (token.isSentenceEnd()) {
				return null;
			}
			boolean according = AttributionCues.according(tokens, i) >= 0;
			if (according || ReportingVerbs.isReporting(token)) {
				SpeakerPhrase speaker = speaker(text, tokens, mentions, i);
				int last = speaker != null && speaker.from() > i ? speaker.to() : i + 1;
				if (according && tokens.get(i).key().equals("according")) {
					last = speaker == null ? i + 2 : speaker.to();
				}
				boolean direct = !ReportingVerbs.isNoun(token) && introduces(tokens, last, open);
				return new QuoteAttribution(i, speaker, direct);
			}
		}
		return null;
	}

	/**
	 * A verb or cue right after the quotation: «…»، بحسب بيسكوف; «…»، قال بيسكوف; "…," the agency said; "…," said
	 * Ali. An Arabic verb with و (وقال) opens a new clause and reports what follows it, not this quotation.
	 */
	private static @Nullable QuoteAttribution after(String text, List<ReportingToken> tokens, SpeakerMentions mentions,
			int close) {
		int first = close + 1;
		while (first < tokens.size() && (tokens.get(first).key().equals("،") || tokens.get(first).key().equals(","))) {
			first++;
		}
		for (int i = first; i < tokens.size() && i - first <= 8; i++) {
			ReportingToken token = tokens.get(i);
			if (token.isMark()) {
				return null;
			}
			boolean according = AttributionCues.according(tokens, i) >= 0;
			boolean verb = ReportingVerbs.isEnglish(token)
					|| ReportingVerbs.cuesSource(token) && ReportingVerbs.arabicStem(token.key()).equals(token.key());
			if (according || verb) {
				boolean adjacent = i == first || ReportingVerbs.isEnglish(token);
				return adjacent ? new QuoteAttribution(i, speaker(text, tokens, mentions, i), true) : null;
			}
		}
		return null;
	}

	/**
	 * The opening mark's index when the mark at {@code close} ends a span of one to three words (a name such as
	 * «حماس» inside the attribution), else -1: a longer quotation ends the search.
	 */
	private static int overShortSpan(List<ReportingToken> tokens, int close) {
		for (int i = close - 1; i >= 0 && close - i <= 4; i--) {
			if (tokens.get(i).isQuoteMark()) {
				return i < close - 1 ? i : -1;
			}
		}
		return -1;
	}

	private static @Nullable SpeakerPhrase speaker(String text, List<ReportingToken> tokens, SpeakerMentions mentions,
			int cue) {
		SpeakerPhrase named = mentions.named(cue);
		return named == null || named.isPronoun() ? mentions.resolve(cue) : named;
	}

	/** Whether only إن، أن، that, a colon or a comma stand between the attribution and the opening mark. */
	private static boolean introduces(List<ReportingToken> tokens, int from, int open) {
		for (int i = from; i < open; i++) {
			if (!INTRODUCERS.contains(tokens.get(i).key())) {
				return false;
			}
		}
		return true;
	}

	private static int words(List<ReportingToken> tokens, int open, int close) {
		int words = 0;
		for (int i = open + 1; i < close; i++) {
			words += tokens.get(i).isMark() ? 0 : 1;
		}
		return words;
	}

	private static int tokenAt(List<ReportingToken> tokens, int offset) {
		for (int i = 0; i < tokens.size(); i++) {
			if (tokens.get(i).start() == offset) {
				return i;
			}
		}
		throw new IllegalStateException("no token at " + offset);
	}

}
