package org.raqib.text;

/**
 * Whether a dump line could be a title or subtitle rather than a body paragraph: headlines are short and do not
 * end a sentence with a full stop, while body paragraphs almost always do (also before a closing quote, as in
 * {@code ».}). Used to keep a paragraph that happens to be repeated from passing for a title.
 */
final class Headlines {

	static final int LONGEST = 200;

	private static final String CLOSERS = "»\"”’')";

	private Headlines() {
	}

	static boolean isHeadlineLike(String line) {
		if (line.isEmpty() || line.length() > LONGEST) {
			return false;
		}
		int end = line.length();
		while (end > 0 && CLOSERS.indexOf(line.charAt(end - 1)) >= 0) {
			end--;
		}
		return end > 0 && line.charAt(end - 1) != '.';
	}

}
