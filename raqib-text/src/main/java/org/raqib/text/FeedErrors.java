package org.raqib.text;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.rometools.rome.io.ParsingFeedException;
import org.jspecify.annotations.Nullable;

/**
 * Names what is wrong with a feed the XML parser refused, at the line the parser gives: a feed whose root
 * element never closes was cut off (TRUNCATED); anything else is not well-formed XML (FORMAT).
 */
final class FeedErrors {

	private static final Pattern ENCODING = Pattern.compile("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([^\"']+)[\"']");

	private static final Pattern CLOSED = Pattern.compile("</(rss|feed|rdf:RDF)\\s*>\\s*$", Pattern.CASE_INSENSITIVE);

	private FeedErrors() {
	}

	/** Whether the XML declaration names UTF-8 or no encoding at all (XML's default). */
	static boolean declaresUtf8(byte[] bytes) {
		String head = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
		if (head.startsWith("\u00EF\u00BB\u00BF")) {
			head = head.substring(3);
		}
		Matcher m = ENCODING.matcher(head);
		return !m.find() || m.group(1).toLowerCase(Locale.ROOT).replace("-", "").equals("utf8");
	}

	static TextException parsing(ParsingFeedException ex, @Nullable String text) {
		int line = Math.max(1, ex.getLineNumber());
		String reason = ex.getCause() != null && ex.getCause().getMessage() != null ? ex.getCause().getMessage()
				: ex.getMessage();
		if (text != null && !CLOSED.matcher(text).find()) {
			long lines = text.stripTrailing().chars().filter(c -> c == '\n').count() + 1;
			return new TextException(TextException.Problem.TRUNCATED, "line " + Math.max(line, lines),
					"the feed ends before its root element closes: " + reason);
		}
		return new TextException(TextException.Problem.FORMAT, "line " + line, "not well-formed XML: " + reason);
	}

}
