package org.raqib.text.names;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One name part in Arabic, Hebrew or Latin script written as a Latin sound, and that sound reduced to a
 * consonant skeleton common to the three scripts (reference/arabic-text.md §6): unvocalised Arabic and
 * Hebrew give consonants and long vowels only, so the skeleton drops vowels, w and y, folds letters that
 * transliterations confuse (q/k, j/g, z/s, v/f, p/b, kh/k…), collapses doubles and drops a final h (ة, ه
 * and a written "-eh" are confused across lists).
 */
final class NameSounds {

	private static final Map<Character, String> ARABIC = Map.ofEntries(Map.entry('ا', "a"), Map.entry('ب', "b"),
			Map.entry('ت', "t"), Map.entry('ث', "θ"), Map.entry('ج', "j"), Map.entry('ح', "h"), Map.entry('خ', "χ"),
			Map.entry('د', "d"), Map.entry('ذ', "ð"), Map.entry('ر', "r"), Map.entry('ز', "z"), Map.entry('س', "s"),
			Map.entry('ش', "š"), Map.entry('ص', "s"), Map.entry('ض', "d"), Map.entry('ط', "t"), Map.entry('ظ', "z"),
			Map.entry('غ', "ɣ"), Map.entry('ف', "f"), Map.entry('ق', "q"), Map.entry('ك', "k"), Map.entry('ل', "l"),
			Map.entry('م', "m"), Map.entry('ن', "n"), Map.entry('ه', "h"), Map.entry('ة', "h"), Map.entry('و', "u"),
			Map.entry('ي', "i"), Map.entry('ى', "a"), Map.entry('ئ', "i"), Map.entry('ؤ', "u"), Map.entry('پ', "p"),
			Map.entry('گ', "g"), Map.entry('ڤ', "v"), Map.entry('چ', "č"));

	private static final Map<Character, String> HEBREW = Map.ofEntries(Map.entry('ב', "b"), Map.entry('ג', "g"),
			Map.entry('ד', "d"), Map.entry('ה', "h"), Map.entry('ו', "u"), Map.entry('ז', "z"), Map.entry('ח', "h"),
			Map.entry('ט', "t"), Map.entry('י', "i"), Map.entry('כ', "k"), Map.entry('ך', "k"), Map.entry('ל', "l"),
			Map.entry('מ', "m"), Map.entry('ם', "m"), Map.entry('נ', "n"), Map.entry('ן', "n"), Map.entry('ס', "s"),
			Map.entry('פ', "f"), Map.entry('ף', "f"), Map.entry('צ', "s"), Map.entry('ץ', "s"), Map.entry('ק', "q"),
			Map.entry('ר', "r"), Map.entry('ש', "š"), Map.entry('ת', "t"));

	/** Hebrew letters with a geresh write Arabic sounds Hebrew lacks: ג׳ ج, ח׳ خ, ע׳ غ, ת׳ ث, ד׳ ذ, צ׳ ض, ז׳ ژ. */
	private static final Map<Character, String> HEBREW_GERESH = Map.of('ג', "j", 'ח', "χ", 'ע', "ɣ", 'ת', "θ",
			'ד', "ð", 'צ', "d", 'ז', "ž");

	private NameSounds() {
	}

	/**
	 * The part as a Latin sound: lower case, no diacritics, no apostrophes or ʿayn. Arabic and Hebrew letters
	 * that Latin writes with two (خ kh, ش sh, ث th, ذ dh, غ gh) get one sign each (χ š θ ð ɣ), so that two
	 * letters in a row (د then ه in الدحدوح) are never read as one.
	 */
	static String sound(String token) {
		switch (NameScript.of(token)) {
			case ARABIC:
				return arabic(token);
			case HEBREW:
				return hebrew(token);
			default:
				return latin(token);
		}
	}

	private static String arabic(String token) {
		var out = new StringBuilder();
		for (int i = 0; i < token.length(); i++) {
			String s = ARABIC.get(token.charAt(i));
			if (s != null) {
				out.append(s);
			}
		}
		return out.toString();
	}

	private static String hebrew(String token) {
		var out = new StringBuilder();
		for (int i = 0; i < token.length(); i++) {
			char c = token.charAt(i);
			boolean geresh = i + 1 < token.length() && isGeresh(token.charAt(i + 1));
			String s = geresh ? HEBREW_GERESH.getOrDefault(c, HEBREW.get(c)) : HEBREW.get(c);
			if (c == 'ו' && i + 1 < token.length() && token.charAt(i + 1) == 'ו') {
				s = "w";
				i++;
			}
			if (s != null) {
				out.append(s);
			}
		}
		return out.toString();
	}

	private static boolean isGeresh(char c) {
		return c == '\'' || c == '׳' || c == '’' || c == '`';
	}

	private static String latin(String token) {
		String plain = Normalizer.normalize(token, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
		var out = new StringBuilder();
		for (int i = 0; i < plain.length(); i++) {
			char c = plain.charAt(i);
			if (c >= 'a' && c <= 'z') {
				out.append(c);
			}
		}
		return out.toString();
	}

	/** The consonant skeleton of a sound: {@code mohammed}, {@code muhammad} and محمد all give {@code mhmd}. */
	static String skeleton(String token, String sound) {
		if (NameScript.of(token) != NameScript.LATIN) {
			return consonants(sound);
		}
		return consonants(sound.replace("kh", "k").replace("gh", "g").replace("sh", "s").replace("th", "t")
			.replace("dh", "d").replace("ph", "f").replace("ts", "s").replace("tz", "s").replace("ch", "k").replace("ck", "k"));
	}

	/**
	 * The other skeletons a part may be read as. A Latin "th" in Fathi writes ت then ح, not ث as in Othman,
	 * so Latin is read letter by letter too; and the French way (Youcef, Chaker, Djamel: c before e or i is
	 * s, ch is ش, dj is ج). Hebrew without vowel points leaves פ as p or f, ב as b or v and a single ו as u
	 * or v (לוין Levin, פרץ Peretz). Parts are compared by every reading.
	 */
	static List<String> readings(String token, String sound) {
		switch (NameScript.of(token)) {
			case LATIN:
				return List.of(consonants(sound), skeleton(token, french(sound)));
			case HEBREW:
				return List.of(consonants(hebrewLiteral(token)));
			default:
				return List.of();
		}
	}

	private static String french(String sound) {
		return sound.replace("dj", "j").replace("ch", "sh").replace("ce", "se").replace("ci", "si");
	}

	private static String hebrewLiteral(String token) {
		var out = new StringBuilder();
		for (int i = 0; i < token.length(); i++) {
			char c = token.charAt(i);
			boolean doubled = (i + 1 < token.length() && token.charAt(i + 1) == 'ו') || (i > 0 && token.charAt(i - 1) == 'ו');
			if (c == 'פ' && i == 0) {
				out.append('p');
			}
			else if (c == 'ב' && i > 0) {
				out.append('v');
			}
			else if (c == 'ו' && i > 0 && !doubled) {
				out.append('v');
			}
			else if (i + 1 < token.length() && isGeresh(token.charAt(i + 1))) {
				out.append(HEBREW_GERESH.getOrDefault(c, HEBREW.getOrDefault(c, "")));
			}
			else {
				out.append(HEBREW.getOrDefault(c, ""));
			}
		}
		return out.toString();
	}

	private static String consonants(String s) {
		var out = new StringBuilder();
		for (int i = 0; i < s.length(); i++) {
			char c = fold(s.charAt(i));
			if (c != 0 && (out.length() == 0 || out.charAt(out.length() - 1) != c)) {
				out.append(c);
			}
		}
		if (out.length() > 1 && out.charAt(out.length() - 1) == 'h') {
			out.setLength(out.length() - 1);
		}
		return out.toString();
	}

	private static char fold(char c) {
		switch (c) {
			case 'a':
			case 'e':
			case 'i':
			case 'o':
			case 'u':
			case 'w':
			case 'y':
				return 0;
			case 'v':
				return 'f';
			case 'χ':
				return 'k';
			case 'š':
			case 'θ':
				return c == 'š' ? 's' : 't';
			case 'ð':
				return 'd';
			case 'ɣ':
				return 'g';
			case 'č':
			case 'ž':
				return c == 'č' ? 'k' : 's';
			case 'p':
				return 'b';
			case 'q':
			case 'c':
			case 'x':
				return 'k';
			case 'j':
				return 'g';
			case 'z':
				return 's';
			default:
				return c;
		}
	}

	/**
	 * The sound with its vowels kept but folded (e/i, o/u, w/u, y/i) and doubles collapsed: tells Hassan
	 * from Hussein, Saleh from Salah within one script, where the skeleton cannot.
	 */
	static String vowelled(String sound) {
		String s = sound.replace("ou", "u").replace("oo", "u").replace("ee", "i").replace("ei", "i").replace("ey", "i");
		var out = new StringBuilder();
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			char f = c == 'e' ? 'i' : c == 'o' ? 'u' : c == 'w' ? 'u' : c == 'y' ? 'i' : fold(c) == 0 ? c : fold(c);
			if (out.length() == 0 || out.charAt(out.length() - 1) != f) {
				out.append(f);
			}
		}
		return out.toString();
	}

}
