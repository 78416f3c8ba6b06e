package org.raqib.text;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Words that attribute without a reporting verb: Arabic بحسب، حسب، وفق، وفقاً، طبقاً، نقلاً عن (with a proclitic
 * و or ف), English "according to"; and كان/كانت, whose subject a later verb of the same sentence reports
 * (وكانت وزارة العدل أعلنت…).
 */
final class AttributionCues {

	private static final Set<String> ACCORDING = Set.of("بحسب", "حسب", "وفق", "وفقا", "طبقا", "نقلا");

	private static final Set<String> KAAN = Set.of("كان", "كانت", "وكان", "وكانت");

	/** Phrases after وفق that are the agreement or a schedule, not a source. */
	private static final Set<String> NOT_SOURCES = Set.of("الاتفاق", "الجدول", "الخطه", "القوائم", "الترتيبات",
			"ما", "الاليه", "البرنامج");

	private AttributionCues() {
	}

	/**
	 * The index of the first token of the phrase an "according to" cue at {@code i} introduces, or -1 when
	 * token {@code i} is no such cue.
	 */
	static int according(List<ReportingToken> tokens, int i) {
		ReportingToken token = tokens.get(i);
		String key = token.key();
		if (key.length() > 3 && (key.startsWith("و") || key.startsWith("ف")) && ACCORDING.contains(key.substring(1))) {
			key = key.substring(1);
		}
		if (ACCORDING.contains(key)) {
			int next = i + 1;
			if (next < tokens.size() && key.equals("نقلا") && tokens.get(next).key().equals("عن")) {
				next++;
			}
			if (next < tokens.size() && tokens.get(next).key().equals("ما")) {
				boolean reported = next + 1 < tokens.size()
						&& tokens.get(next + 1).key().matches("(ذكر|اعلن|افاد|قال|اورد|نقل|اكد|اوضح).*");
				if (!reported) {
					return -1;
				}
				next += 2;
			}
			if (next < tokens.size() && tokens.get(next).key().matches("بيانات|ارقام|معطيات") && next + 2 < tokens.size()
					&& tokens.get(next + 2).key().equals("عن")) {
				next += 3;
			}
			boolean source = next < tokens.size() && !NOT_SOURCES.contains(tokens.get(next).key());
			return source ? next : -1;
		}
		boolean english = key.equals("according") && i + 1 < tokens.size() && tokens.get(i + 1).key().equals("to");
		return english ? i + 2 : -1;
	}

	static boolean isKaan(ReportingToken token) {
		return KAAN.contains(token.key());
	}

	/** The subject of a كان/كانت earlier in the sentence of the verb at token {@code verb}, or null. */
	static @Nullable SpeakerPhrase kaanSubject(String text, List<ReportingToken> tokens, int verb) {
		for (int i = verb - 1; i >= 0 && !tokens.get(i).isSentenceEnd(); i--) {
			if (isKaan(tokens.get(i))) {
				return SpeakerArabic.after(text, tokens, i + 1);
			}
		}
		return null;
	}

}
