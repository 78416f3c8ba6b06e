package org.raqib.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Quotes and statement sources against every {@code NAME.quotes.gold.json} beside a fixture. A found quotation
 * matches a gold one when their quoted spans overlap; it is correct when the speaker is the same (equal, or one
 * contains the other's last word, so that a title found without its name still counts) and the scare flag
 * is equal. Sources match when one {@code who} contains the other.
 */
class QuoteEvaluationTests {

	private static final Path FIXTURES = Path.of("src", "test", "resources", "fixtures");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static int foundQuotes;

	private static int goldQuotes;

	private static int correctQuotes;

	private static int foundSources;

	private static int goldSources;

	private static int matchedSources;

	private static int articles;

	@BeforeAll
	static void evaluate() throws IOException {
		for (Path gold : golds()) {
			JsonNode expected = JSON.readTree(Files.readString(gold)).get("articles");
			List<Article> read = Articles.read(Files.readAllBytes(input(gold)), input(gold).getFileName().toString());
			assertThat(read).as(gold.toString()).hasSize(expected.size());
			for (int i = 0; i < read.size(); i++) {
				String text = read.get(i).title() + "\n" + read.get(i).body();
				evaluateQuotes(text, expected.get(i).get("quotes"));
				evaluateSources(text, expected.get(i).get("sources"));
				articles++;
			}
		}
		System.out.printf("quotes: %d articles, %d found, %d gold, %d correct: precision %.3f, recall %.3f%n", articles,
				foundQuotes, goldQuotes, correctQuotes, quotePrecision(), quoteRecall());
		System.out.printf("sources: %d found, %d gold, %d matched: precision %.3f, recall %.3f%n", foundSources,
				goldSources, matchedSources, sourcePrecision(), sourceRecall());
	}

	@Test
	void goldCoversAtLeastThirtyArticles() {
		assertThat(articles).isGreaterThanOrEqualTo(30);
	}

	@Test
	void quotesReachPrecisionAndRecallOfEightyFivePercent() {
		assertThat(quotePrecision()).isGreaterThanOrEqualTo(0.85);
		assertThat(quoteRecall()).isGreaterThanOrEqualTo(0.85);
	}

	@Test
	void sourcesReachPrecisionAndRecallOfEightyPercent() {
		assertThat(sourcePrecision()).isGreaterThanOrEqualTo(0.8);
		assertThat(sourceRecall()).isGreaterThanOrEqualTo(0.8);
	}

	private static void evaluateQuotes(String text, JsonNode gold) {
		List<Quote> found = new ArrayList<>(Quotes.find(text));
		foundQuotes += found.size();
		goldQuotes += gold.size();
		int from = 0;
		for (JsonNode expected : gold) {
			String quoted = expected.get("quoted").asString();
			int start = text.indexOf(quoted, from);
			assertThat(start).as("gold quotation in the text: " + quoted).isNotNegative();
			from = start + quoted.length();
			int end = from;
			Quote match = found.stream().filter(q -> q.start() < end && start < q.end()).findFirst().orElse(null);
			if (match != null) {
				found.remove(match);
				JsonNode speaker = expected.get("speaker");
				boolean same = sameSpeaker(speaker == null || speaker.isNull() ? null : speaker.asString(), match.speaker());
				correctQuotes += same && match.scare() == expected.get("scare").asBoolean() ? 1 : 0;
			}
		}
	}

	private static void evaluateSources(String text, JsonNode gold) {
		List<String> found = new ArrayList<>(Sources.find(text).stream().map(StatementSource::who).toList());
		foundSources += found.size();
		goldSources += gold.size();
		for (JsonNode expected : gold) {
			String who = expected.get("who").asString();
			String match = found.stream().filter(f -> f.contains(who) || who.contains(f)).findFirst().orElse(null);
			if (match != null) {
				found.remove(match);
				matchedSources++;
			}
		}
	}

	static boolean sameSpeaker(String gold, String found) {
		if (gold == null || found == null) {
			return Objects.equals(gold, found);
		}
		return gold.equals(found) || gold.contains(lastWord(found)) || found.contains(lastWord(gold));
	}

	private static String lastWord(String phrase) {
		String[] words = phrase.strip().split("\\s+");
		return words[words.length - 1];
	}

	private static double quotePrecision() {
		return foundQuotes == 0 ? 1 : (double) correctQuotes / foundQuotes;
	}

	private static double quoteRecall() {
		return goldQuotes == 0 ? 1 : (double) correctQuotes / goldQuotes;
	}

	private static double sourcePrecision() {
		return foundSources == 0 ? 1 : (double) matchedSources / foundSources;
	}

	private static double sourceRecall() {
		return goldSources == 0 ? 1 : (double) matchedSources / goldSources;
	}

	private static List<Path> golds() throws IOException {
		try (Stream<Path> files = Files.walk(FIXTURES)) {
			return files.filter(f -> f.getFileName().toString().endsWith(".quotes.gold.json")).sorted().toList();
		}
	}

	/** The fixture a gold file describes: same name, any extension but a gold file's. */
	private static Path input(Path gold) throws IOException {
		String name = gold.getFileName().toString();
		String base = name.substring(0, name.length() - ".quotes.gold.json".length()) + ".";
		try (Stream<Path> files = Files.list(gold.getParent())) {
			return files.filter(f -> f.getFileName().toString().startsWith(base))
				.filter(f -> !f.getFileName().toString().endsWith(".gold.json"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("no fixture for " + gold));
		}
	}

}
