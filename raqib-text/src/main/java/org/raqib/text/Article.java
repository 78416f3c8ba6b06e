package org.raqib.text;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One news article as read from its source: the title, an optional subtitle, the figure captions (each once,
 * with the agency credit that ended it), and the body paragraphs in order. Layout debris (logo lines, the
 * title repeated, duplicated captions, navigation, tickers) is not part of it.
 *
 * @param source where it came from: a site or feed name, or the file name.
 * @param language {@code ar}, {@code en}, or {@code und} when neither dominates.
 * @param origin where in the input it was found ({@code line 1}, {@code item 3}, {@code record 12}), for errors
 * and for gold files.
 */
public record Article(String source, @Nullable String url, @Nullable Instant published, String language,
		String title, @Nullable String subtitle, List<Caption> captions, List<String> paragraphs, String origin) {

	public Article {
		captions = List.copyOf(captions);
		paragraphs = List.copyOf(paragraphs);
	}

	/** A figure caption and its credit, such as {@code (أ.ف.ب)} or {@code (Reuters)}; the credit may be absent. */
	public record Caption(String text, @Nullable String credit) {
	}

	/** The body as one text: paragraphs separated by a blank line. */
	public String body() {
		return String.join("\n\n", this.paragraphs);
	}

}
