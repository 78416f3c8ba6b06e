package org.raqib.text;

/**
 * Whether a dump line looks like a site's logo line, such as {@code TT}: one or two words, no punctuation, no
 * digits, not a caption. Dumps keep the alt text or initials of the masthead image between the title and its
 * repetition; which word it is differs by site, so it is recognised by shape, not by a list.
 */
final class Logos {

	static final int LONGEST = 24;

	static final int MOST_WORDS = 2;

	private static final String PUNCTUATION = ".,،:;؛!?؟«»\"“”'()[]";

	private Logos() {
	}

	static boolean isLogoLike(String line) {
		if (line.isEmpty() || line.length() > LONGEST || line.split("\\s+").length > MOST_WORDS) {
			return false;
		}
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (Character.isDigit(c) || PUNCTUATION.indexOf(c) >= 0) {
				return false;
			}
		}
		return !Captions.is(line);
	}

}
