package org.raqib.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a dump into numbered lines. Dumps come from Windows, old Mac and Unix tools alike, so CR LF, a lone CR
 * and LF all end a line. Each line is stripped of spaces at both ends, including the no-break space and the
 * direction marks that copy and paste from right-to-left pages leaves behind, so that a line repeated with a
 * stray space still compares equal to the original.
 */
final class DumpLines {

	private DumpLines() {
	}

	static List<DumpLine> of(String text) {
		List<DumpLine> lines = new ArrayList<>();
		int start = 0;
		int number = 1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r') {
				lines.add(new DumpLine(number++, strip(text.substring(start, i))));
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				start = i + 1;
			}
		}
		if (start < text.length()) {
			lines.add(new DumpLine(number, strip(text.substring(start))));
		}
		return lines;
	}

	static String strip(String line) {
		int from = 0;
		int to = line.length();
		while (from < to && isSpace(line.charAt(from))) {
			from++;
		}
		while (to > from && isSpace(line.charAt(to - 1))) {
			to--;
		}
		return line.substring(from, to);
	}

	private static boolean isSpace(char c) {
		return Character.isWhitespace(c) || c == '\u00A0' || c == '\u200E' || c == '\u200F' || c == '\uFEFF'
				|| c == '\u202F';
	}

}
