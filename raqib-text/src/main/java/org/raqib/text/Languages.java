package org.raqib.text;

/** Which language a text is in, by its letters: Arabic, English (Latin), or undetermined. */
public final class Languages {

	private Languages() {
	}

	public static String of(String text) {
		long arabic = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC
				&& Character.isLetter(c)).count();
		long latin = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN
				&& Character.isLetter(c)).count();
		if (arabic == 0 && latin == 0) {
			return "und";
		}
		if (arabic >= 2 * latin) {
			return "ar";
		}
		return latin >= 2 * arabic ? "en" : "und";
	}

}
