package org.raqib.text;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The claims of an article: each quantity with a typed measure becomes a claim, read in its sentence —
 * the statement's source (the speaker of the quotation it stands in; else a headline's "name:" prefix;
 * else a cue such as "أعلنت وزارة الخارجية" or "according to the UN" in the sentence or the one it
 * continues), the first time expression of
 * the sentence resolved against the publication date, the first place named, and every entity named.
 */
public final class Claims {

	private Claims() {
	}

	/** The article's claims; times resolved in UTC when the article's zone is not known. */
	public static List<Claim> find(Article article) {
		return find(article, ZoneOffset.UTC);
	}

	public static List<Claim> find(Article article, ZoneId zone) {
		String text = text(article);
		List<Quantity> quantities = Quantities.find(text, article.language());
		if (quantities.stream().noneMatch(q -> q.measure() != null)) {
			return List.of();
		}
		List<Sentences.Sentence> sentences = Sentences.split(text);
		List<EntityMention> entities = Entities.find(text);
		List<TimeExpression> times = Times.find(text, article.published(), zone);
		List<Quote> quotes = Quotes.find(text);
		var claims = new ArrayList<Claim>();
		for (Quantity quantity : quantities) {
			if (quantity.measure() == null) {
				continue;
			}
			Sentences.Sentence sentence = sentenceOf(sentences, quantity.start());
			int from = sentence == null ? quantity.start() : sentence.start();
			int to = sentence == null ? quantity.end() : sentence.end();
			String source = source(text, from, to, quotes, quantity.start());
			TimeExpression when = times.stream().filter(t -> t.start() >= from && t.end() <= to).findFirst().orElse(null);
			List<EntityMention> named = entities.stream().filter(e -> e.start() >= from && e.end() <= to).toList();
			String where = named.stream().filter(e -> e.type().equals("place")).map(EntityMention::code).findFirst()
				.orElse(null);
			claims.add(new Claim(quantity.measure(), quantity.value(), quantity.upper(), quantity.bound(),
					quantity.surface(), named.stream().map(EntityMention::code).distinct().toList(), source, when, where,
					text.substring(from, to), from, to, confidence(quantity, source, when)));
		}
		return claims;
	}

	/** The text claims' offsets point into. */
	public static String text(Article article) {
		return article.title() + "\n" + article.body();
	}

	private static Sentences.@Nullable Sentence sentenceOf(List<Sentences.Sentence> sentences, int offset) {
		for (Sentences.Sentence sentence : sentences) {
			if (offset >= sentence.start() && offset < sentence.end()) {
				return sentence;
			}
		}
		return null;
	}

	/** A headline's attribution: "وزارة الصحة: …", "UN: …" — a short name before a colon. */
	private static final java.util.regex.Pattern HEADLINE_SOURCE = java.util.regex.Pattern
		.compile("^\\s*([^:：«»\"\\d]{2,60}?)\\s*[:：]\\s*\\S");

	private static @Nullable String source(String text, int from, int to, List<Quote> quotes, int at) {
		if (from == 0) {
			java.util.regex.Matcher headline = HEADLINE_SOURCE.matcher(text.substring(0, to));
			if (headline.find() && headline.group(1).strip().split("\\s+").length <= 5) {
				return headline.group(1).strip();
			}
		}
		for (Quote quote : quotes) {
			if (!quote.scare() && quote.speaker() != null && at >= quote.start() && at < quote.end()) {
				return quote.speaker();
			}
		}
		return Sources.forSentence(text, from, to).map(StatementSource::who).orElse(null);
	}

	/** Half for a typed measure, the rest for a source, a time and an exact value. */
	private static double confidence(Quantity quantity, @Nullable String source, @Nullable TimeExpression when) {
		double confidence = 0.5;
		if (source != null) {
			confidence += 0.25;
		}
		if (when != null) {
			confidence += 0.1;
		}
		if (quantity.bound() != Quantity.Bound.VAGUE) {
			confidence += 0.15;
		}
		return Math.round(confidence * 100) / 100.0;
	}

}
