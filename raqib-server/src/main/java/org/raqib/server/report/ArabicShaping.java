package org.raqib.server.report;

/**
 * Arabic letters in the forms they take beside their neighbours (Unicode's presentation forms B), in
 * logical order: FOP then draws each with the font's own glyph for that form and writes that form in
 * the PDF's text map, so a reader who copies or searches the text gets the letters back (folded by
 * NFKC). Letting FOP shape with the font's substitutions draws as well, but it maps the substituted
 * glyphs to private-use code points, and the text no longer reads.
 */
final class ArabicShaping {

	/** For U+0621..U+064A: the isolated form, 0 when none; its forms follow it (final, initial, medial). */
	private static final int[] ISOLATED = { 0xFE80, 0xFE81, 0xFE83, 0xFE85, 0xFE87, 0xFE89, 0xFE8D, 0xFE8F, 0xFE93,
			0xFE95, 0xFE99, 0xFE9D, 0xFEA1, 0xFEA5, 0xFEA9, 0xFEAB, 0xFEAD, 0xFEAF, 0xFEB1, 0xFEB5, 0xFEB9, 0xFEBD,
			0xFEC1, 0xFEC5, 0xFEC9, 0xFECD, 0, 0, 0, 0, 0, 0, 0xFED1, 0xFED5, 0xFED9, 0xFEDD, 0xFEE1, 0xFEE5, 0xFEE9,
			0xFEED, 0xFEEF, 0xFEF1 };

	/** Joining types of U+0621..U+064A: U none, R right only, D both, C (tatweel) joins both, . not a letter. */
	private static final String JOINING = "URRRRDRDRDDDDDRRRRDDDDDDDD.....CDDDDDDDRRD";

	private static final char LAM = '\u0644';

	private ArabicShaping() {
	}

	static String shape(String text) {
		var out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			char type = type(c);
			if (type != 'R' && type != 'D' && type != 'U') {
				out.append(c);
				continue;
			}
			boolean before = joinsForward(text, i);
			int next = next(text, i);
			char alef = next < 0 ? 0 : text.charAt(next);
			if (c == LAM && lamAlef(alef) != 0) {
				out.append((char) (lamAlef(alef) + (before ? 1 : 0)));
				i = next;
				continue;
			}
			boolean after = type == 'D' && next >= 0 && "RDC".indexOf(type(text.charAt(next))) >= 0;
			out.append((char) (ISOLATED[c - 0x0621] + form(type, before, after)));
		}
		return out.toString();
	}

	/** 0 isolated, 1 final, 2 initial, 3 medial. */
	private static int form(char type, boolean before, boolean after) {
		if (type == 'U') {
			return 0;
		}
		if (before && after) {
			return 3;
		}
		return before ? 1 : after ? 2 : 0;
	}

	/** Whether the letter before (skipping marks) joins to this one: it joins both ways. */
	private static boolean joinsForward(String text, int i) {
		for (int j = i - 1; j >= 0; j--) {
			char t = type(text.charAt(j));
			if (t != 'T') {
				return t == 'D' || t == 'C';
			}
		}
		return false;
	}

	/** The position of the next character that is not a mark, or -1. */
	private static int next(String text, int i) {
		for (int j = i + 1; j < text.length(); j++) {
			if (type(text.charAt(j)) != 'T') {
				return j;
			}
		}
		return -1;
	}

	private static int lamAlef(char alef) {
		switch (alef) {
			case '\u0622':
				return 0xFEF5;
			case '\u0623':
				return 0xFEF7;
			case '\u0625':
				return 0xFEF9;
			case '\u0627':
				return 0xFEFB;
			default:
				return 0;
		}
	}

	/** The joining type: as {@link #JOINING}, T for a mark (harakat, superscript alef), N for anything else. */
	private static char type(char c) {
		if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670') {
			return 'T';
		}
		if (c >= '\u0621' && c <= '\u064A') {
			char t = JOINING.charAt(c - 0x0621);
			return t == '.' ? 'N' : t;
		}
		return 'N';
	}

}
