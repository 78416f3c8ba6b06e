package org.raqib.server.osint;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import org.raqib.text.IndexedArticle;

/** Invented news for the benchmark: sentences built from a small vocabulary of the room's news. */
final class GeneratedNews {

	private static final String[] AR = { "غزة", "وغزة", "رفح", "بمعبر", "خان يونس", "الأسرى", "المعتقلين", "شاحنة",
			"مساعدات", "الصليب الأحمر", "الوسطاء", "القاهرة", "الدوحة", "وقف إطلاق النار", "الدفعة", "المرضى", "النازحين",
			"الشمال", "صباح", "مساء", "أعلنت", "وزارة الصحة", "قافلة", "الوقود", "العائدين", "الاتفاق", "المرحلة",
			"الأولى", "الثانية", "مصادر", "مطلعة", "الإفراج", "عبور", "دخول", "طواقم", "الحافلات" };

	private static final String[] EN = { "Gaza", "Rafah", "crossing", "trucks", "aid", "prisoners", "released",
			"hostages", "Red", "Cross", "mediators", "Cairo", "Doha", "ceasefire", "round", "patients", "displaced",
			"north", "morning", "evening", "ministry", "health", "convoy", "fuel", "returnees", "agreement", "phase",
			"first", "second", "sources", "said", "crossed", "entered", "buses", "officials", "monitors" };

	private static final String[] QUERY_FORMS = { "غَزَّة", "غزه", "وغزة", "الاسرى", "شاحنه", "قافلة", "أعلنت",
			"المرضى رفح", "trucks", "prisoner", "crossing Gaza", "ceasefire round", "الإفراج عن الأسرى", "Red Cross" };

	private GeneratedNews() {
	}

	static IndexedArticle indexed(Random random, int i) {
		boolean arabic = random.nextInt(3) != 0;
		String title = sentence(random, arabic, 6);
		var body = new StringBuilder();
		for (int p = 0; p < 4; p++) {
			body.append(sentence(random, arabic, 25)).append("\n\n");
		}
		String story = "s" + (i / (1 + random.nextInt(3)));
		return new IndexedArticle("a" + i, "source-" + random.nextInt(40), null,
				Instant.parse("2025-01-19T00:00:00Z").plusSeconds(random.nextInt(90 * 86_400)), arabic ? "ar" : "en", title,
				title + "\n" + body, List.of(arabic ? "gaza" : "rafah-crossing"), List.of(arabic ? "aid-trucks" : "patients"),
				story);
	}

	static String query(Random random) {
		if (random.nextInt(3) == 0) {
			return QUERY_FORMS[random.nextInt(QUERY_FORMS.length)];
		}
		boolean arabic = random.nextBoolean();
		return sentence(random, arabic, 1 + random.nextInt(2));
	}

	static String englishWord(Random random) {
		return EN[random.nextInt(EN.length)].toLowerCase(java.util.Locale.ROOT);
	}

	/** JSON lines of articles with figures the claim finder reads. */
	static byte[] jsonLines(Random random, int first, int count) {
		var out = new StringBuilder();
		for (int i = first; i < first + count; i++) {
			boolean arabic = random.nextBoolean();
			int n = 10 + random.nextInt(500);
			String figure = arabic ? "دخلت " + n + " شاحنة مساعدات إلى غزة عبر معبر رفح اليوم، بحسب مصادر."
					: n + " aid trucks crossed into Gaza through Rafah today, officials said.";
			out.append("{\"source\": \"source-").append(random.nextInt(40)).append("\", \"title\": \"")
				.append(sentence(random, arabic, 6)).append(' ').append(i).append("\", \"body\": \"").append(figure)
				.append("\\n\\n").append(sentence(random, arabic, 30)).append("\", \"published\": \"")
				.append(Instant.parse("2025-01-19T00:00:00Z").plusSeconds(random.nextInt(90 * 86_400)))
				.append("\", \"language\": \"").append(arabic ? "ar" : "en").append("\"}\n");
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static String sentence(Random random, boolean arabic, int words) {
		String[] vocabulary = arabic ? AR : EN;
		var out = new StringBuilder();
		for (int w = 0; w < words; w++) {
			out.append(w == 0 ? "" : " ").append(vocabulary[random.nextInt(vocabulary.length)]);
		}
		return out.toString();
	}

}
