package org.raqib.text.names;

/** The script a name part is written in; the first letter decides. */
enum NameScript {

	ARABIC, HEBREW, LATIN;

	static NameScript of(String token) {
		for (int i = 0; i < token.length();) {
			int cp = token.codePointAt(i);
			Character.UnicodeScript script = Character.UnicodeScript.of(cp);
			if (script == Character.UnicodeScript.ARABIC) {
				return ARABIC;
			}
			if (script == Character.UnicodeScript.HEBREW) {
				return HEBREW;
			}
			if (Character.isLetter(cp)) {
				return LATIN;
			}
			i += Character.charCount(cp);
		}
		return LATIN;
	}

}
