package org.raqib.text;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The Arabic noun phrase that follows a reporting verb or «بحسب» (verb–subject order): the first word, then
 * every word that is definite (ال…) or follows an indefinite word it complements (وزارة الصحة، مكتب تنسيق
 * الشؤون، متحدث باسم اللجنة); after a title, up to four words before a connective are a name
 * (وزير الخارجية سيرغي لافروف عن …، وزير الخارجية القطري محمد بن عبد الرحمن أن …); a name in guillemets stays in
 * (حركة «حماس»). It stops at a connective (إن، أن، على، إلى، عن، في…), punctuation, a number
 * or another reporting verb, and at eight words. An empty phrase means the verb's subject is a pronoun.
 */
final class SpeakerArabic {

	static final Set<String> CONNECTIVES = keys("""
			إن أن أنه أنها إنه إنها إنهم أنهم بأن بأنه على إلى عن في من مع ما قد لقد التي الذي الذين اللذين
			خلال بعد قبل أمام حول منذ عند لدى يوم أمس اليوم صباح مساء وهو وهي فقد كما لكن ولكن ثم أو فيما بينما""");

	static final Set<String> TITLES = keys("""
			وزير الوزير وزيرة المتحدث متحدث الناطق ناطق الرئيس رئيس نائب المبعوث مبعوث السفير الأمين المدير
			مدير قائد القائد الممثل ممثل ممثلة المستشار مستشار المنسق منسق رئيسة المتحدثة""");

	/** Indefinite heads that take a place after في or من: مسؤول في وكالة أونروا، مصادر في المعبر. */
	private static final Set<String> OPEN_HEADS = keys("مسؤول مسؤولون مسؤولين مصدر مصادر متحدث ناطق دبلوماسي شهود");

	/** Names that stand alone: what follows them is not their complement (أعلنت قطر التوصل إلى …). */
	private static final Set<String> PROPER = keys("""
			قطر مصر تركيا روسيا إسرائيل إيران سوريا لبنان الأردن واشنطن موسكو أنقرة القاهرة الدوحة طهران دمشق
			حماس أونروا""");

	private static final Set<String> OPENERS = keys("لكن ولكن كما فيما بينما ثم");

	private static final int MAX_WORDS = 8;

	private SpeakerArabic() {
	}

	/** The phrase starting at token {@code from}, or null when its subject is a pronoun. */
	static @Nullable SpeakerPhrase after(String text, List<ReportingToken> tokens, int from) {
		if (from >= tokens.size() || stops(tokens.get(from))) {
			return null;
		}
		int to = from + 1;
		boolean open = OPEN_HEADS.contains(tokens.get(from).key());
		while (to < tokens.size() && to - from < MAX_WORDS && !PROPER.contains(tokens.get(to - 1).key())) {
			ReportingToken previous = tokens.get(to - 1);
			ReportingToken next = tokens.get(to);
			boolean connector = open && to == from + 1 && (next.key().equals("في") || next.key().equals("من"));
			if (connector) {
				to++;
				continue;
			}
			int named = quotedName(tokens, to);
			if (named > to) {
				to = named;
				continue;
			}
			if (stops(next)) {
				break;
			}
			if (previous.key().equals("في") || previous.key().equals("من")) {
				to++;
				continue;
			}
			if (next.key().equals("باسم") || previous.key().equals("باسم") || definite(next) || !definite(previous)) {
				to++;
				continue;
			}
			to = name(tokens, from, to);
			break;
		}
		return SpeakerPhrase.of(text, tokens, from, to);
	}

	/**
	 * The subject before a perfect verb that has none after it (لكن الجانب الإسرائيلي أعلن في بيان): one to four
	 * words, the first definite or a standalone name, right after the sentence's start, punctuation or لكن/كما/فيما.
	 */
	static @Nullable SpeakerPhrase before(String text, List<ReportingToken> tokens, int verb) {
		int from = verb;
		while (from > 0 && verb - from < 4 && !stops(tokens.get(from - 1)) && !OPENERS.contains(tokens.get(from - 1).key())) {
			from--;
		}
		boolean opened = from == 0 || tokens.get(from - 1).isMark() || OPENERS.contains(tokens.get(from - 1).key());
		boolean named = from < verb && (definite(tokens.get(from)) || PROPER.contains(tokens.get(from).key()));
		return opened && named && ReportingVerbs.isPerfect(tokens.get(verb)) ? SpeakerPhrase.of(text, tokens, from, verb) : null;
	}

	/** A name in guillemets inside the phrase (حركة «حماس»): the index after its closing mark, else {@code at}. */
	private static int quotedName(List<ReportingToken> tokens, int at) {
		if (!tokens.get(at).text().equals("«")) {
			return at;
		}
		for (int i = at + 1; i < tokens.size() && i <= at + 4; i++) {
			if (tokens.get(i).text().equals("»")) {
				return i > at + 1 ? i + 1 : at;
			}
			if (tokens.get(i).isMark()) {
				return at;
			}
		}
		return at;
	}

	/** After a title, a name of one to four words that a connective, punctuation or لل… (للصحافيين) ends. */
	private static int name(List<ReportingToken> tokens, int from, int to) {
		boolean titled = false;
		for (int i = from; i < to; i++) {
			titled |= TITLES.contains(tokens.get(i).key());
		}
		int end = to;
		while (end < tokens.size() && end - to < 5 && !stops(tokens.get(end)) && !tokens.get(end).key().startsWith("لل")) {
			end++;
		}
		boolean closed = end < tokens.size() && !tokens.get(end).isQuoteMark() && (tokens.get(end).isMark()
				|| CONNECTIVES.contains(tokens.get(end).key()) || tokens.get(end).key().startsWith("لل"));
		return titled && closed && end - to >= 1 && end - to <= 4 ? end : to;
	}

	static boolean stops(ReportingToken token) {
		return token.isMark() || token.isNumber() || CONNECTIVES.contains(token.key())
				|| ReportingVerbs.isReporting(token);
	}

	private static boolean definite(ReportingToken token) {
		return token.key().startsWith("ال") || token.key().startsWith("لل");
	}

	private static Set<String> keys(String words) {
		var keys = new java.util.HashSet<String>();
		for (String word : words.trim().split("\\s+")) {
			keys.add(ReportingToken.key(word));
		}
		return Set.copyOf(keys);
	}

}
