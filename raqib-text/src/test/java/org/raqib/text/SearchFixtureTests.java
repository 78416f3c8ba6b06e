package org.raqib.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The fixture set and the shared seed, indexed as the server indexes them, found again by search. */
class SearchFixtureTests {

	private static final String SEED = "000_1d3520ac03fff421.txt";

	@Test
	void findsTheFixtureArticlesInArabicAndEnglish() throws IOException {
		try (ArticleIndex index = ArticleIndex.inMemory(EntityGazetteer.standard())) {
			List<IndexedArticle> articles = new ArrayList<>();
			try (Stream<Path> files = Files.walk(FixtureTests.FIXTURES)) {
				for (Path file : files.filter(f -> Files.isRegularFile(f) && !f.toString().endsWith(".json")).toList()) {
					List<Article> read = Articles.read(Files.readAllBytes(file), file.getFileName().toString());
					for (int i = 0; i < read.size(); i++) {
						articles.add(indexed(file.getFileName() + "#" + i, read.get(i)));
					}
				}
			}
			index.addAll(articles);
			index.refresh();
			assertThat(index.size()).isEqualTo(articles.size()).isGreaterThan(20);
			assertThat(ids(index, "رفح")).anyMatch(id -> id.startsWith("ar-aid-trucks-rafah.html"));
			assertThat(ids(index, "convoy")).anyMatch(id -> id.startsWith("en-aid-convoy-north.html"));
			assertThat(index.search("", Map.of(), 5).facets().get("measure")).isNotEmpty();
		}
	}

	@Test
	void findsEachSeedArticleByTheWordsOfItsTitle() throws IOException {
		Path seed = Stream.of(Path.of("..", "..", "shared", "seeds"), Path.of("..", "shared", "seeds"))
			.map(folder -> folder.resolve(SEED))
			.filter(Files::isRegularFile)
			.findFirst()
			.orElse(null);
		Assumptions.assumeTrue(seed != null, "the shared seeds folder is absent");
		List<Article> articles = Articles.read(Files.readAllBytes(seed), SEED);
		try (ArticleIndex index = ArticleIndex.inMemory(EntityGazetteer.standard())) {
			for (int i = 0; i < articles.size(); i++) {
				index.add(indexed("seed#" + i, articles.get(i)));
			}
			index.refresh();
			for (int i = 0; i < articles.size(); i++) {
				assertThat(ids(index, articles.get(i).title())).contains("seed#" + i);
				String bare = TextNormalizer.normalize(articles.get(i).title()).text();
				assertThat(ids(index, bare)).as("without hamza, ta marbuta or diacritics").contains("seed#" + i);
			}
		}
	}

	static IndexedArticle indexed(String id, Article article) {
		List<Claim> claims = Claims.find(article);
		String text = Claims.text(article);
		return new IndexedArticle(id, article.source(), article.url(), article.published(), article.language(),
				article.title(), text, Entities.find(text).stream().map(EntityMention::code).distinct().toList(),
				claims.stream().map(Claim::measure).distinct().toList(), id);
	}

	private static List<String> ids(ArticleIndex index, String query) {
		return index.search(query, Map.of(), 50).stories().stream().map(s -> s.best().id()).toList();
	}

}
