package org.raqib.text;

import java.text.Normalizer;

/**
 * Normalises Arabic and English news text for matching, keeping the way back to the original:
 * Unicode compatibility forms (NFKC, so Arabic presentation forms and ligatures become letters);
 * hamza-on-alef forms أ إ آ ٱ → ا; alef maksura ى → ي; teh marbuta ة → ه; tatweel and harakat removed;
 * Arabic-Indic and Eastern Arabic-Indic digits → ASCII digits; the Arabic comma, semicolon and question
 * mark kept as they are (sentences need them); Latin letters lower-cased. ئ and ؤ are kept, as Lucene's
 * ArabicNormalizer keeps them (see reference/arabic-text.md §1.1).
 */
public final class TextNormalizer {

	private TextNormalizer() {
	}

	public static NormalizedText normalize(String original) {
		var out = new StringBuilder(original.length());
		var origins = new int[original.length() * 3 + 1];
		int n = 0;
		for (int i = 0; i < original.length();) {
			int cp = original.codePointAt(i);
			String compatible = isAscii(cp) ? null : Normalizer.normalize(new String(Character.toChars(cp)),
					Normalizer.Form.NFKC);
			if (compatible == null) {
				n = append(out, origins, n, fold(cp), i);
			}
			else {
				for (int j = 0; j < compatible.length();) {
					int part = compatible.codePointAt(j);
					n = append(out, origins, n, fold(part), i);
					j += Character.charCount(part);
				}
			}
			i += Character.charCount(cp);
		}
		origins[n] = original.length();
		return new NormalizedText(original, out.toString(), java.util.Arrays.copyOf(origins, n + 1));
	}

	private static int append(StringBuilder out, int[] origins, int n, int folded, int origin) {
		if (folded < 0) {
			return n;
		}
		int before = out.length();
		out.appendCodePoint(folded);
		for (int k = before; k < out.length(); k++) {
			origins[n++] = origin;
		}
		return n;
	}

	/** The folded code point, or -1 to drop it. */
	static int fold(int cp) {
		if (cp == 'ـ' || isHaraka(cp)) {
			return -1;
		}
		switch (cp) {
			case 'أ':
			case 'إ':
			case 'آ':
			case 'ٱ':
				return 'ا';
			case 'ى':
				return 'ي';
			case 'ة':
				return 'ه';
			default:
				break;
		}
		if (cp >= '٠' && cp <= '٩') {
			return '0' + (cp - '٠');
		}
		if (cp >= '۰' && cp <= '۹') {
			return '0' + (cp - '۰');
		}
		return Character.isUpperCase(cp) ? Character.toLowerCase(cp) : cp;
	}

	/** Arabic harakat, tanween, shadda, sukun, superscript alef and Quranic marks. */
	static boolean isHaraka(int cp) {
		return (cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 || (cp >= 0x06D6 && cp <= 0x06ED);
	}

	private static boolean isAscii(int cp) {
		return cp < 0x80;
	}

}
