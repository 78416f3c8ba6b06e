package org.raqib.server.geo;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The light normalisation under which two spellings of a place name are the same: Latin case and accents
 * folded; in Arabic, tatweel and diacritics removed, أ إ آ ٱ written ا, ى written ي, ة written ه; runs of
 * spaces made one. Anything heavier (transliteration, spelling variants such as Idleb) belongs in aliases.
 */
final class PlaceNames {

	/** Harakat, tanwin, shadda, sukun, the small hamza and madda marks, and the superscript alef. */
	private static final Pattern ARABIC_MARKS = Pattern.compile("[\\u064B-\\u065F\\u0670\\u0610-\\u061A\\u06D6-\\u06ED]");

	private static final Pattern LATIN_MARKS = Pattern.compile("[\\u0300-\\u036F]");

	/** Zero-width and direction marks, which copying from a right-to-left page leaves behind. */
	private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]");

	private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

	private PlaceNames() {
	}

	static String normalise(String name) {
		// NFKC first: Arabic presentation forms become letters, and precomposed أ stays one letter to rewrite.
		String text = Normalizer.normalize(INVISIBLE.matcher(name).replaceAll(""), Normalizer.Form.NFKC)
			.replace("\u0640", "")
			.replaceAll("[\\u0622\\u0623\\u0625\\u0671]", "\u0627")
			.replace('\u0649', '\u064A')
			.replace('\u0629', '\u0647');
		text = ARABIC_MARKS.matcher(text).replaceAll("");
		text = text.toLowerCase(Locale.ROOT);
		text = LATIN_MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
		text = Normalizer.normalize(text, Normalizer.Form.NFC);
		return SPACES.matcher(text).replaceAll(" ").strip();
	}

}
