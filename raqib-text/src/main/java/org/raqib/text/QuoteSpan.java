package org.raqib.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A span between quotation marks: « … » (nested guillemets kept inside), “ … ”, or a pair of straight double
 * quotes within one paragraph. {@code start} and {@code end} are the quoted text's span, without the marks.
 */
record QuoteSpan(String quoted, int start, int end) {

	static List<QuoteSpan> find(String text) {
		var spans = new ArrayList<QuoteSpan>();
		int i = 0;
		while (i < text.length()) {
			int close = closing(text, i);
			if (close > i) {
				spans.add(new QuoteSpan(text.substring(i + 1, close), i + 1, close));
				i = close + 1;
			}
			else {
				i++;
			}
		}
		return spans;
	}

	/** The offset of the mark closing the one at {@code open}, or -1 when it opens nothing. */
	private static int closing(String text, int open) {
		char c = text.charAt(open);
		if (c == '«') {
			int depth = 0;
			for (int i = open; i < text.length(); i++) {
				char d = text.charAt(i);
				if (d == '«') {
					depth++;
				}
				else if (d == '»' && --depth == 0) {
					return i;
				}
			}
			return -1;
		}
		char end = c == '“' ? '”' : c == '"' ? '"' : 0;
		if (end == 0) {
			return -1;
		}
		for (int i = open + 1; i < text.length(); i++) {
			char d = text.charAt(i);
			if (d == end) {
				return i > open + 1 ? i : -1;
			}
			if (d == '\n') {
				return -1;
			}
		}
		return -1;
	}

}
