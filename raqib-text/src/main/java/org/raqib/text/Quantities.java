package org.raqib.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.raqib.text.Quantity.Bound;
import org.raqib.text.QuantityTokens.Kind;
import org.raqib.text.QuantityTokens.Token;

/**
 * Counted quantities in Arabic and English news: a number in digits (1,890, ١٨٩٠, 3.5) or words (ثلاثة وثلاثين,
 * thirty-three), times a scale (300 ألف, 1.5 million), or a dual noun (شخصين = 2), or a vague magnitude
 * (عشرات, thousands of); with its bound (أكثر من, about…) or range (بين 990 و1650, 990-1,650), its counted noun
 * and that noun's measure. Years, dates, times and percentages are left out. Matching runs on the
 * {@link TextNormalizer normalised} text; offsets point into the text given.
 */
public final class Quantities {

	private static final Set<String> RANGE_OPENERS = Set.of("بين", "between", "من", "from");

	private static final Set<String> RANGE_JOINERS = Set.of("-", "–", "الي", "حتي", "to", "و", "and");

	/** Words that are no counted noun: after 24 in "24 في المئة" or "29 were resolved" there is none. */
	private static final Set<String> NOT_NOUNS = Set.of("من", "في", "على", "علي", "الي", "عن", "مع", "او", "ثم", "قبل",
			"بعد", "منذ", "خلال", "حتي", "ان", "انه", "التي", "الذي", "الذين", "فقط", "كل", "the", "a", "an", "of", "in",
			"on", "at", "to", "from", "and", "or", "with", "by", "for", "were", "was", "are", "is", "have", "had", "has",
			"more", "than", "per", "each", "who", "which", "that", "remain", "said");

	private Quantities() {
	}

	/** @param language {@code ar}, {@code en} or {@code und}; tells whether 1.890 is a thousand or a decimal. */
	public static List<Quantity> find(String text, String language) {
		NormalizedText normalised = TextNormalizer.normalize(text);
		List<Token> tokens = QuantityTokens.of(normalised.text());
		var found = new ArrayList<Quantity>();
		for (int i = 0; i < tokens.size();) {
			Reading r = read(tokens, normalised.text(), i, language);
			if (r == null) {
				i++;
				continue;
			}
			found.add(r.quantity(normalised, tokens));
			i = r.end;
		}
		return found;
	}

	/** A quantity in tokens: its first token (bound words included), its number, its noun, and the end. */
	private record Reading(int begin, int clitic, Bound bound, @Nullable BigDecimal value, @Nullable Long upper,
			Measures.@Nullable Match noun, int nounAt, int end, @Nullable String measure) {

		Quantity quantity(NormalizedText normalised, List<Token> tokens) {
			int from = tokens.get(this.begin).start() + this.clitic;
			int to = tokens.get(this.end - 1).end();
			int[] span = normalised.originalSpan(from, to);
			String noun = null;
			if (this.nounAt >= 0) {
				Token t = tokens.get(this.nounAt);
				int width = this.noun == null ? 1 : this.noun.width();
				int skip = this.noun == null ? 0 : this.noun.clitic();
				noun = normalised.originalText(t.start() + skip, tokens.get(this.nounAt + width - 1).end());
			}
			String original = normalised.original();
			while (span[1] < original.length() && TextNormalizer.fold(original.charAt(span[1])) < 0) {
				span[1]++;
			}
			Long whole = whole(this.value);
			return new Quantity(span[0], span[1], original.substring(span[0], span[1]), whole, this.upper,
					this.bound, noun, this.measure);
		}

	}

	private static @Nullable Reading read(List<Token> tokens, String text, int i, String language) {
		Number n = number(tokens, i, language);
		if (n == null || QuantityExclusions.excluded(tokens, text, i, n.next)) {
			return null;
		}
		Bound bound = n.upper == null ? Bound.EXACT : Bound.VAGUE;
		int begin = i;
		int clitic = n.clitic;
		BigDecimal value = n.value;
		Long upper = n.upper;
		int next = n.next;
		Number second = bound == Bound.EXACT ? rangeEnd(tokens, i, n, language) : null;
		if (second != null) {
			bound = Bound.RANGE;
			value = n.scale > 0 ? value : scaleLike(value, second);
			upper = whole(second.value);
			next = second.next;
			begin = tokens.get(i - 1 < 0 ? 0 : i - 1).kind() == Kind.WORD && !tokens.get(i - 1).is("-") ? i - 1 : i;
			clitic = 0;
			if (begin > 0 && tokens.get(begin).is("بين") && tokens.get(begin - 1).is("ما")) {
				begin--;
			}
		}
		else {
			QuantityBounds.Found before = QuantityBounds.before(tokens, i);
			if (before != null && bound == Bound.EXACT) {
				bound = before.bound();
				begin = before.index();
				clitic = before.clitic();
			}
		}
		return withNoun(tokens, text, new Reading(begin, clitic, bound, value, upper, null, -1, next, null), n.dual);
	}

	private static Reading withNoun(List<Token> tokens, String text, Reading r, Measures.@Nullable Match dual) {
		int at = r.end;
		if (r.bound == Bound.VAGUE && at < tokens.size() && tokens.get(at).is("من", "of")) {
			at++;
		}
		if (at < tokens.size() && tokens.get(at).is("-")) {
			at++;
		}
		Measures.Match noun = dual;
		int nounAt = dual != null ? r.end - 1 : -1;
		for (int k = at; noun == null && k < Math.min(at + 4, tokens.size()); k++) {
			if (!nounLike(tokens.get(k)) || (k > at && !latin(tokens.get(k)))) {
				break;
			}
			noun = Measures.at(tokens, k);
			nounAt = noun != null || k == at ? k : nounAt;
		}
		int end = dual != null || nounAt < 0 ? r.end : nounAt + (noun == null ? 1 : noun.width());
		Bound bound = r.bound;
		QuantityBounds.Found after = bound == Bound.EXACT ? QuantityBounds.after(tokens, end) : null;
		if (after != null) {
			bound = after.bound();
		}
		String measure = MeasureRules.refine(noun, tokens, r.begin, end, sentence(text, tokens.get(r.begin).start()));
		if (bound == Bound.MORE_THAN && tokens.get(r.begin).is("over") && measure != null
				&& (measure.equals("days") || measure.equals("duration-hours"))) {
			bound = Bound.EXACT;
			r = new Reading(r.begin + 1, 0, bound, r.value, r.upper, null, -1, r.end, null);
		}
		int last = after == null ? end : after.index() + 1;
		return new Reading(r.begin, r.clitic, bound, r.value, r.upper, noun, nounAt, last, measure);
	}

	private static boolean nounLike(Token t) {
		return t.kind() == Kind.WORD && !NOT_NOUNS.contains(t.text());
	}

	private static boolean latin(Token t) {
		char c = t.text().charAt(0);
		return c < 0x0600;
	}

	/** The number at {@code i}: a digit group or words, with a scale after it; or a dual noun. */
	private record Number(BigDecimal value, @Nullable Long upper, int clitic, int next, long scale,
			Measures.@Nullable Match dual) {
	}

	private static @Nullable Number number(List<Token> tokens, int i, String language) {
		Token t = tokens.get(i);
		if (t.kind() == Kind.DIGITS) {
			BigDecimal v = NumberDigits.parse(t.text(), language);
			if (v == null) {
				return null;
			}
			long scale = NumberWords.scaleAt(tokens, i + 1);
			return scale > 0 ? new Number(v.multiply(BigDecimal.valueOf(scale)), null, 0, i + 2, scale, null)
					: new Number(v, null, 0, i + 1, 0, null);
		}
		NumberWords.Parsed words = NumberWords.parse(tokens, i);
		if (words != null) {
			long scale = i + 1 < words.next() ? NumberWords.scaleAt(tokens, words.next() - 1) : 0;
			return new Number(BigDecimal.valueOf(words.value()), words.upper(), words.clitic(), words.next(), scale,
					null);
		}
		Measures.Match dual = Measures.at(tokens, i);
		if (dual != null && dual.width() == 1 && dual.entry().dual()) {
			return new Number(BigDecimal.valueOf(2), null, 0, i + 1, 0, dual);
		}
		return null;
	}

	/** The upper end of a range starting with {@code n}: بين 990 و1650, من 990 إلى 1650, 990-1,650. */
	private static @Nullable Number rangeEnd(List<Token> tokens, int i, Number n, String language) {
		int j = n.next;
		if (j + 1 >= tokens.size() || !RANGE_JOINERS.contains(tokens.get(j).text()) || n.dual != null) {
			return null;
		}
		boolean dash = tokens.get(j).is("-", "–");
		boolean opened = i > 0 && RANGE_OPENERS.contains(tokens.get(i - 1).text());
		boolean between = i > 0 && tokens.get(i - 1).is("بين", "between");
		boolean and = tokens.get(j).is("و", "and");
		if (!(dash && tokens.get(i).kind() == Kind.DIGITS) && !(opened && !and) && !(between && and)) {
			return null;
		}
		Number second = number(tokens, j + 1, language);
		if (second == null || second.upper != null || second.dual != null || second.value.compareTo(n.value) <= 0
				|| whole(second.value) == null) {
			return null;
		}
		return second;
	}

	/** 10 in بين 10 و20 ألفاً takes the scale of the upper end. */
	private static BigDecimal scaleLike(BigDecimal value, Number second) {
		BigDecimal scaled = value.multiply(BigDecimal.valueOf(Math.max(second.scale, 1)));
		return scaled.compareTo(second.value) < 0 ? scaled : value;
	}

	private static @Nullable Long whole(@Nullable BigDecimal value) {
		if (value == null) {
			return null;
		}
		try {
			return value.stripTrailingZeros().longValueExact();
		}
		catch (ArithmeticException notWhole) {
			return null;
		}
	}

	/** The normalised sentence around an offset: between full stops, question marks and line breaks. */
	private static String sentence(String text, int at) {
		int from = at;
		while (from > 0 && !boundary(text, from - 1)) {
			from--;
		}
		int to = at;
		while (to < text.length() && !boundary(text, to)) {
			to++;
		}
		return text.substring(from, to);
	}

	private static boolean boundary(String text, int k) {
		char c = text.charAt(k);
		boolean stop = c == '.' && (k + 1 == text.length() || Character.isWhitespace(text.charAt(k + 1)));
		return stop || c == '\n' || c == '!' || c == '?' || c == '؟';
	}

}
