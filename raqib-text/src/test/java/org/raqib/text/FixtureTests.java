package org.raqib.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every fixture (text dumps, web pages, feeds, JSON lines) read through {@link Articles#read}, its layout
 * detected, and compared field by field with its gold file ({@code NAME.gold.json} beside it). Later
 * issues add extraction gold to the same files; fields this test does not know are left alone.
 */
class FixtureTests {

	static final Path FIXTURES = Path.of("src", "test", "resources", "fixtures");

	static final JsonMapper JSON = JsonMapper.builder().build();

	static Stream<Path> inputs() throws IOException {
		try (Stream<Path> files = Files.walk(FIXTURES)) {
			return files.filter(Files::isRegularFile)
				.filter(f -> !f.getFileName().toString().endsWith(".gold.json"))
				.sorted()
				.toList()
				.stream();
		}
	}

	static Path gold(Path input) {
		String name = input.getFileName().toString();
		return input.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".gold.json");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("inputs")
	void readsAsItsGoldSays(Path input) throws IOException {
		JsonNode gold = JSON.readTree(Files.readString(gold(input)));
		byte[] bytes = Files.readAllBytes(input);
		String name = input.getFileName().toString();
		assertThat(Articles.layout(bytes, name)).isEqualTo(gold.get("layout").asString());
		List<Article> articles = Articles.read(bytes, name);
		JsonNode expected = gold.get("articles");
		assertThat(articles).hasSize(expected.size());
		for (int i = 0; i < articles.size(); i++) {
			compare(name + " article " + (i + 1), articles.get(i), expected.get(i));
			String source = text(expected.get(i), "source");
			assertThat(articles.get(i).source()).isEqualTo(source == null ? name : source);
		}
	}

	@Test
	void everyFixtureHasItsGoldAndThereAreAtLeastThirtyArticles() throws IOException {
		var missing = new ArrayList<Path>();
		int articles = 0;
		for (Path input : inputs().toList()) {
			if (!Files.exists(gold(input))) {
				missing.add(input);
				continue;
			}
			articles += JSON.readTree(Files.readString(gold(input))).get("articles").size();
		}
		assertThat(missing).isEmpty();
		assertThat(articles).isGreaterThanOrEqualTo(30);
	}

	private static void compare(String what, Article article, JsonNode gold) {
		assertThat(article.title()).as(what + " title").isEqualTo(gold.get("title").asString());
		assertThat(article.subtitle()).as(what + " subtitle").isEqualTo(text(gold, "subtitle"));
		assertThat(article.language()).as(what + " language").isEqualTo(gold.get("language").asString());
		assertThat(article.url()).as(what + " url").isEqualTo(text(gold, "url"));
		String published = text(gold, "published");
		assertThat(article.published()).as(what + " published")
			.isEqualTo(published == null ? null : Instant.parse(published));
		var captions = new ArrayList<Article.Caption>();
		gold.get("captions").forEach(c -> captions.add(new Article.Caption(c.get("text").asString(), text(c, "credit"))));
		assertThat(article.captions()).as(what + " captions").containsExactlyElementsOf(captions);
		var paragraphs = new ArrayList<String>();
		gold.get("paragraphs").forEach(p -> paragraphs.add(p.asString()));
		assertThat(article.paragraphs()).as(what + " paragraphs").containsExactlyElementsOf(paragraphs);
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || value.isNull() ? null : value.asString();
	}

}
