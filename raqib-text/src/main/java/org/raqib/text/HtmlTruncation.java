package org.raqib.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a page that was cut off in transfer from one that merely omits optional end tags: the text ends
 * inside a tag or a comment, or the page has no {@code </html>} and its last element is still open (it ends
 * in text, or in a start tag that needs an end).
 */
final class HtmlTruncation {

	private static final Pattern LAST_TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)[^<>]*>\\s*$");

	private static final Set<String> VOID = Set.of("br", "hr", "img", "input", "meta", "link",
			"source", "wbr", "area", "base", "col", "embed", "track");

	private HtmlTruncation() {
	}

	/** @throws TextException TRUNCATED at the last line when the page was cut off. */
	static void check(String html) {
		String text = html.stripTrailing();
		String lower = text.toLowerCase(Locale.ROOT);
		if (endsInsideTag(text) || lower.lastIndexOf("<!--") > lower.lastIndexOf("-->")) {
			throw truncated(text, "the page ends inside a tag");
		}
		if (lower.contains("</html>") || !lower.contains("<html")) {
			return;
		}
		Matcher m = LAST_TAG.matcher(text.substring(Math.max(0, text.lastIndexOf('<'))));
		boolean openAtEnd = !m.find() || m.group(1).isEmpty() && !VOID.contains(m.group(2).toLowerCase(Locale.ROOT));
		if (openAtEnd) {
			throw truncated(text, "the page has no </html> and ends inside an open element");
		}
	}

	private static boolean endsInsideTag(String text) {
		return text.lastIndexOf('<') > text.lastIndexOf('>');
	}

	private static TextException truncated(String text, String message) {
		long line = text.chars().filter(c -> c == '\n').count() + 1;
		return new TextException(TextException.Problem.TRUNCATED, "line " + line, message);
	}

}
