package org.raqib.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link Entities} against the hand-checked {@code NAME.entities.gold.json} beside every fixture: a found
 * mention counts when it overlaps a gold mention of the same code (each gold mention matched once). Gold
 * mentions are located by their surface, in order, in the article's title and body.
 */
class EntityEvaluationTests {

	private static final Path FIXTURES = Path.of("src", "test", "resources", "fixtures");

	private static final String SUFFIX = ".entities.gold.json";

	private record Span(int start, int end, String code) {
	}

	@Test
	void precisionAndRecallAreAtLeastEightyFivePercent() throws IOException {
		int found = 0;
		int gold = 0;
		int matched = 0;
		int articles = 0;
		for (Path goldFile : goldFiles()) {
			Path input = input(goldFile);
			List<Article> read = Articles.read(Files.readAllBytes(input), input.getFileName().toString());
			JsonNode expected = JsonMapper.builder().build().readTree(Files.readString(goldFile)).get("articles");
			assertThat(read).as(goldFile.toString()).hasSize(expected.size());
			for (int i = 0; i < read.size(); i++) {
				String text = read.get(i).title() + "\n" + read.get(i).body();
				List<Span> wanted = spans(text, expected.get(i).get("entities"), goldFile + " #" + i);
				List<EntityMention> mentions = Entities.find(text);
				found += mentions.size();
				gold += wanted.size();
				matched += matches(mentions, wanted);
				articles++;
			}
		}
		double precision = (double) matched / found;
		double recall = (double) matched / gold;
		System.out.printf("entities: %d articles, %d gold, %d found, %d matched; precision %.3f, recall %.3f%n",
				articles, gold, found, matched, precision, recall);
		assertThat(articles).isGreaterThanOrEqualTo(30);
		assertThat(precision).isGreaterThanOrEqualTo(0.85);
		assertThat(recall).isGreaterThanOrEqualTo(0.85);
	}

	private static int matches(List<EntityMention> mentions, List<Span> wanted) {
		var open = new ArrayList<>(wanted);
		int matched = 0;
		for (EntityMention mention : mentions) {
			for (Span span : open) {
				if (span.code().equals(mention.code()) && span.start() < mention.end() && mention.start() < span.end()) {
					open.remove(span);
					matched++;
					break;
				}
			}
		}
		return matched;
	}

	private static List<Span> spans(String text, JsonNode entities, String where) {
		var spans = new ArrayList<Span>();
		int from = 0;
		for (JsonNode entity : entities) {
			String surface = entity.get("surface").asString();
			int at = text.indexOf(surface, from);
			assertThat(at).as(where + ": gold surface " + surface).isGreaterThanOrEqualTo(0);
			spans.add(new Span(at, at + surface.length(), entity.get("code").asString()));
			from = at + surface.length();
		}
		return spans;
	}

	private static List<Path> goldFiles() throws IOException {
		try (Stream<Path> files = Files.walk(FIXTURES)) {
			return files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
		}
	}

	private static Path input(Path goldFile) throws IOException {
		String name = goldFile.getFileName().toString();
		String stem = name.substring(0, name.length() - SUFFIX.length());
		try (Stream<Path> siblings = Files.list(goldFile.getParent())) {
			return siblings.filter(f -> {
				String n = f.getFileName().toString();
				return !n.endsWith(".gold.json") && n.startsWith(stem + ".") && n.indexOf('.', stem.length() + 1) < 0;
			}).findFirst().orElseThrow(() -> new AssertionError("no input for " + goldFile));
		}
	}

}
