package org.raqib.text;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads every page, feed and JSON lines fixture through {@link Articles#read} and compares it with the gold
 * file beside it. An article's {@code source} is in the gold only when it is not the file name (a feed's own
 * title, a record's {@code source}).
 */
class ArticlesGoldTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static Stream<Path> fixtures() throws IOException, URISyntaxException {
		List<Path> inputs = new ArrayList<>();
		for (String layout : List.of("html", "feed", "jsonl")) {
			Path dir = Path.of(ArticlesGoldTests.class.getResource("/fixtures/" + layout).toURI());
			try (Stream<Path> files = Files.list(dir)) {
				files.filter(p -> !p.getFileName().toString().endsWith(".gold.json")).sorted().forEach(inputs::add);
			}
		}
		return inputs.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fixtures")
	void readsAsItsGoldSays(Path input) throws IOException {
		String name = input.getFileName().toString();
		Path goldFile = input.resolveSibling(name.replaceAll("\\.(html|xml|jsonl)$", ".gold.json"));
		byte[] bytes = Files.readAllBytes(input);
		assertThat(actual(bytes, name)).isEqualTo(JSON.readTree(Files.readString(goldFile)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fixtures")
	void eachFixtureHasAGoldFile(Path input) {
		String name = input.getFileName().toString();
		assertThat(input.resolveSibling(name.replaceAll("\\.(html|xml|jsonl)$", ".gold.json"))).exists();
	}

	private static JsonNode actual(byte[] bytes, String name) {
		ObjectNode gold = JSON.createObjectNode();
		gold.put("layout", Articles.layout(bytes, name));
		gold.put("source", name);
		ArrayNode articles = gold.putArray("articles");
		for (Article article : Articles.read(bytes, name)) {
			ObjectNode a = articles.addObject();
			if (!article.source().equals(name)) {
				a.put("source", article.source());
			}
			a.put("title", article.title());
			a.put("subtitle", article.subtitle());
			a.put("language", article.language());
			a.put("url", article.url());
			a.put("published", article.published() == null ? null : article.published().toString());
			ArrayNode captions = a.putArray("captions");
			for (Article.Caption c : article.captions()) {
				captions.addObject().put("text", c.text()).put("credit", c.credit());
			}
			ArrayNode paragraphs = a.putArray("paragraphs");
			article.paragraphs().forEach(paragraphs::add);
		}
		return gold;
	}

}
