package org.raqib.text;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.raqib.text.Quantity.Bound;
import org.raqib.text.QuantityTokens.Token;

/**
 * The words around a number that bound or approximate it: before it (أكثر من, ما يزيد على, more than, over → more
 * than; على الأقل, لا يقل عن, at least; أقل من, fewer than; نحو, قرابة, حوالي, زهاء, ما يقارب, about, some,
 * nearly → about; حتى, up to → at most) and after it or its noun (على الأقل, تقريباً, or more, أو أكثر). A
 * conjunction و or ف may be attached to the first word (ونحو).
 */
final class QuantityBounds {

	private static final List<Phrase> BEFORE = new ArrayList<>();

	private static final List<Phrase> AFTER = new ArrayList<>();

	static {
		before(Bound.MORE_THAN, "أكثر من", "ما يزيد على", "ما يزيد عن", "يزيد على", "يزيد عن", "ما يربو على",
				"يربو على", "more than", "over", "upwards of", "in excess of");
		before(Bound.AT_LEAST, "على الأقل", "ما لا يقل عن", "لا يقل عن", "لا تقل عن", "at least", "no fewer than",
				"no less than", "a minimum of");
		before(Bound.LESS_THAN, "أقل من", "ما يقل عن", "less than", "fewer than", "under");
		before(Bound.AT_MOST, "حتى", "ما يصل إلى", "يصل إلى", "لا يزيد على", "لا يتجاوز", "على الأكثر", "up to",
				"at most", "no more than", "a maximum of");
		before(Bound.ABOUT, "نحو", "قرابة", "حوالي", "حوالى", "زهاء", "ما يقارب", "يقارب", "ما يقرب من", "قرابة",
				"around", "about", "nearly", "some", "approximately", "roughly", "almost", "an estimated",
				"close to", "estimated");
		after(Bound.AT_LEAST, "على الأقل", "at least", "or more", "أو أكثر", "فأكثر");
		after(Bound.ABOUT, "تقريبا", "or so", "approximately");
	}

	private QuantityBounds() {
	}

	/** A bound phrase as normalised words. */
	record Phrase(Bound bound, String[] words) {
	}

	/** A bound found and the index of its first (or, after the number, last) token. */
	record Found(Bound bound, int index, int clitic) {
	}

	private static void before(Bound bound, String... phrases) {
		for (String p : phrases) {
			BEFORE.add(new Phrase(bound, TextNormalizer.normalize(p).text().split(" ")));
		}
	}

	private static void after(Bound bound, String... phrases) {
		for (String p : phrases) {
			AFTER.add(new Phrase(bound, TextNormalizer.normalize(p).text().split(" ")));
		}
	}

	/** The bound whose words end right before token {@code i}, the longest first. */
	static @Nullable Found before(List<Token> tokens, int i) {
		Found best = null;
		int bestLength = 0;
		for (Phrase p : BEFORE) {
			int from = i - p.words().length;
			if (from < 0 || p.words().length <= bestLength) {
				continue;
			}
			int clitic = matches(tokens, from, p.words());
			if (clitic >= 0) {
				best = new Found(p.bound(), from, clitic);
				bestLength = p.words().length;
			}
		}
		return best;
	}

	/** The bound whose words start at token {@code i}; its index is that of its last token. */
	static @Nullable Found after(List<Token> tokens, int i) {
		for (Phrase p : AFTER) {
			if (i + p.words().length <= tokens.size() && matches(tokens, i, p.words()) == 0) {
				return new Found(p.bound(), i + p.words().length - 1, 0);
			}
		}
		return null;
	}

	/** -1 when the words differ, else the letters of a conjunction attached to the first word. */
	private static int matches(List<Token> tokens, int from, String[] words) {
		int clitic = 0;
		for (int k = 0; k < words.length; k++) {
			String t = tokens.get(from + k).text();
			if (k == 0 && !t.equals(words[0]) && t.length() == words[0].length() + 1 && "وف".indexOf(t.charAt(0)) >= 0
					&& t.endsWith(words[0])) {
				clitic = 1;
			}
			else if (!t.equals(words[k])) {
				return -1;
			}
		}
		return clitic;
	}

}
