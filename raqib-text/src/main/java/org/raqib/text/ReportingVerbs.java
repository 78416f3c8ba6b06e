package org.raqib.text;

import java.util.HashSet;
import java.util.Set;

/**
 * The reporting-verb lexicon: Arabic perfect, imperfect and adverbial participle forms (قال، قالت، يقول،
 * مضيفاً…), read through {@link ReportingToken#key} after one proclitic و or ف, a few Arabic verbal nouns that
 * govern a quotation (إعلان، تأكيد، تصريح), and the English verbs (said, told, added…). Verbs of both languages
 * also cue a statement source; verbal nouns only introduce quotations.
 */
final class ReportingVerbs {

	private static final Set<String> ARABIC_PERFECT = keys("""
			قال قالت قالوا أكد أكدت أكدوا أعلن أعلنت أعلنوا أوضح أوضحت أضاف أضافت أضافوا شدد شددت لفت لفتت أشار
			أشارت أشاروا صرح صرحت ذكر ذكرت ذكروا تابع تابعت اعتبر اعتبرت رأى رأت أعرب أعربت زاد زادت حذر حذرت
			أفاد أفادت نفى نفت ثمن ثمنت""");

	private static final Set<String> ARABIC_OTHER = keys("""
			يقول تقول يقولون قائلا يؤكد تؤكد مؤكدا يعلن تعلن معلنا يوضح توضح موضحا يضيف تضيف مضيفا يشدد تشدد
			مشددا يلفت لافتا يشير تشير مشيرا يصرح مصرحا يذكر تذكر يتابع متابعا يعتبر معتبرا يرى ترى معربا يحذر
			محذرا نافيا""");

	private static final Set<String> ARABIC_NOUNS = keys("إعلان تأكيد تصريح تصريحات قوله");

	/** Verbs after which a phrase carries on an earlier statement without naming its source again. */
	private static final Set<String> CONTINUING = keys("أضاف أضافت أضافوا تابع تابعت زاد زادت مضيفا يضيف تضيف added");

	private static final Set<String> ENGLISH = Set.of("said", "says", "say", "told", "added", "adds", "stressed",
			"noted", "announced", "announces", "stated", "warned", "warns", "confirmed", "insisted", "explained", "reported", "wrote");

	private ReportingVerbs() {
	}

	/** A reporting verb or verbal noun of either language. */
	static boolean isReporting(ReportingToken token) {
		String key = arabicStem(token.key());
		return ARABIC_PERFECT.contains(key) || ARABIC_OTHER.contains(key) || ARABIC_NOUNS.contains(key)
				|| ENGLISH.contains(token.key());
	}

	/**
	 * A verb that can name a statement's source: Arabic perfect and imperfect forms and English verbs, not verbal
	 * nouns nor adverbial participles (مضيفاً، نافياً), whose subject is always someone named before.
	 */
	static boolean cuesSource(ReportingToken token) {
		String key = arabicStem(token.key());
		boolean imperfect = ARABIC_OTHER.contains(key) && (key.startsWith("ي") || key.startsWith("ت"));
		return ARABIC_PERFECT.contains(key) || imperfect || ENGLISH.contains(token.key());
	}

	/** An Arabic perfect form (قال، أعلنت), which may follow its subject in a report. */
	static boolean isPerfect(ReportingToken token) {
		return ARABIC_PERFECT.contains(arabicStem(token.key()));
	}

	static boolean isNoun(ReportingToken token) {
		return ARABIC_NOUNS.contains(arabicStem(token.key()));
	}

	static boolean isEnglish(ReportingToken token) {
		return ENGLISH.contains(token.key());
	}

	static boolean continues(ReportingToken token) {
		return CONTINUING.contains(arabicStem(token.key())) || CONTINUING.contains(token.key());
	}

	/** The key without one proclitic و or ف when what remains is in the lexicon. */
	static String arabicStem(String key) {
		if (key.length() > 3 && (key.charAt(0) == 'و' || key.charAt(0) == 'ف')) {
			String rest = key.substring(1);
			if (ARABIC_PERFECT.contains(rest) || ARABIC_OTHER.contains(rest) || ARABIC_NOUNS.contains(rest)
					|| CONTINUING.contains(rest)) {
				return rest;
			}
		}
		return key;
	}

	private static Set<String> keys(String words) {
		var keys = new HashSet<String>();
		for (String word : words.trim().split("\\s+")) {
			keys.add(ReportingToken.key(word));
		}
		return Set.copyOf(keys);
	}

}
