package org.raqib.text;

import java.util.Optional;

/**
 * Reads a dump line as a photo caption: a short line ending in an agency credit (see {@link Credits}). The
 * credit is split off; the dash or colon some sites put before it goes with it. Long lines are body text even
 * when they end in a credit, since wire copy may end a paragraph with one.
 */
final class Captions {

	/** Captions in Arabic and English news run to about 25 words; body paragraphs rarely end in a credit. */
	static final int MOST_WORDS = 40;

	private Captions() {
	}

	static Optional<Article.Caption> of(String line) {
		Optional<String> credit = Credits.endingOf(line);
		if (credit.isEmpty()) {
			return Optional.empty();
		}
		String text = trimTail(line.substring(0, line.length() - credit.get().length()));
		if (text.isEmpty() || words(text) > MOST_WORDS) {
			return Optional.empty();
		}
		return Optional.of(new Article.Caption(text, credit.get()));
	}

	/**
	 * A caption from a page or feed (a {@code figcaption}, a media description): its ending credit split off
	 * whatever its length; without one, the whole text with no credit.
	 */
	static Article.Caption split(String caption) {
		String text = caption.strip();
		Optional<String> credit = Credits.endingOf(text);
		String rest = credit.isEmpty() ? "" : trimTail(text.substring(0, text.length() - credit.get().length()));
		return rest.isEmpty() ? new Article.Caption(text, null) : new Article.Caption(rest, credit.get());
	}

	/** A caption whose credit was marked up apart ({@code <span class="credit">}). */
	static Article.Caption withCredit(String text, String credit) {
		String c = credit.strip();
		String t = text.strip();
		if (t.endsWith(c)) {
			t = trimTail(t.substring(0, t.length() - c.length()));
		}
		return new Article.Caption(t, c);
	}

	static boolean is(String line) {
		return of(line).isPresent();
	}

	private static String trimTail(String text) {
		int end = text.length();
		while (end > 0 && (Character.isWhitespace(text.charAt(end - 1)) || "-–—:".indexOf(text.charAt(end - 1)) >= 0)) {
			end--;
		}
		return DumpLines.strip(text.substring(0, end));
	}

	private static int words(String text) {
		return text.split("\\s+").length;
	}

}
