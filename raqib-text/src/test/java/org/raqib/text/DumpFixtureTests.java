package org.raqib.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads every dump fixture with {@link DumpReader} and compares the articles with the gold file beside it, in
 * the gold format the shared harness uses ({@code layout}, {@code source}, {@code articles}).
 */
class DumpFixtureTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TestFactory
	Stream<DynamicTest> eachFixtureReadsAsItsGold() throws IOException {
		return fixtures().stream().map(fixture -> DynamicTest.dynamicTest(fixture.getFileName().toString(), () -> {
			String name = fixture.getFileName().toString();
			List<Article> articles = new DumpReader().read(Files.readAllBytes(fixture), name);
			JsonNode gold = JSON.readTree(Files.readString(gold(fixture)));
			assertThat(JSON.valueToTree(asGold(name, articles)).toPrettyString()).isEqualTo(gold.toPrettyString());
		}));
	}

	@Test
	void thereAreAtLeastTwelveFixturesEachWithItsGold() throws IOException {
		assertThat(fixtures()).hasSizeGreaterThanOrEqualTo(12).allSatisfy(fixture -> assertThat(gold(fixture)).exists());
	}

	private static Map<String, Object> asGold(String source, List<Article> articles) {
		List<Map<String, Object>> entries = new ArrayList<>();
		for (Article article : articles) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("title", article.title());
			entry.put("subtitle", article.subtitle());
			entry.put("language", article.language());
			entry.put("url", article.url());
			entry.put("published", article.published());
			entry.put("captions", article.captions().stream().map(c -> {
				Map<String, Object> caption = new LinkedHashMap<>();
				caption.put("text", c.text());
				caption.put("credit", c.credit());
				return caption;
			}).toList());
			entry.put("paragraphs", article.paragraphs());
			entries.add(entry);
		}
		Map<String, Object> gold = new LinkedHashMap<>();
		gold.put("layout", "dump");
		gold.put("source", source);
		gold.put("articles", entries);
		return gold;
	}

	private static List<Path> fixtures() throws IOException {
		Path folder;
		try {
			folder = Path.of(DumpFixtureTests.class.getResource("/fixtures/dump").toURI());
		}
		catch (URISyntaxException e) {
			throw new IllegalStateException(e);
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(file -> file.toString().endsWith(".txt")).sorted().toList();
		}
	}

	private static Path gold(Path fixture) {
		String name = fixture.getFileName().toString();
		return fixture.resolveSibling(name.substring(0, name.length() - ".txt".length()) + ".gold.json");
	}

}
