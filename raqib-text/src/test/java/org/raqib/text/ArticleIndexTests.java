package org.raqib.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ArticleIndexTests {

	private static ArticleIndex index;

	@BeforeAll
	static void index() {
		index = ArticleIndex.inMemory(EntityGazetteer.standard());
		index.add(article("trucks", "wafa", "ar", "دخلت 240 شاحنة مساعدات إلى غزة عبر معبر رفح صباح اليوم", "s1"));
		index.add(article("trucks-copy", "maan", "ar", "دخلت 240 شاحنة مساعدات إلى غزة عبر معبر رفح صباح اليوم", "s1"));
		index.add(article("convoy", "wafa", "ar", "وصلت القافلة إلى خان يونس وغزة بعد الظهر", "s2"));
		index.add(article("release", "maan", "ar", "أفرجت السلطات عن 737 أسيراً فلسطينياً في الدفعة الأولى", "s3"));
		index.add(article("english", "reuters", "en", "Aid trucks crossed into Gaza through Kerem Shalom on Sunday", "s4"));
		index.refresh();
	}

	@AfterAll
	static void close() {
		index.close();
	}

	private static IndexedArticle article(String id, String source, String language, String text, String story) {
		return new IndexedArticle(id, source, null, Instant.parse("2025-10-13T08:00:00Z"), language, text, text,
				List.of(), List.of(), story);
	}

	private static List<String> found(String query) {
		return index.search(query, Map.of(), 20).stories().stream()
			.flatMap(s -> java.util.stream.Stream.concat(java.util.stream.Stream.of(s.best()), s.others().stream()))
			.map(ArticleSearch.Hit::id)
			.toList();
	}

	@Test
	void findsAWordWrittenWithAConjunction() {
		assertThat(found("غزة")).containsExactlyInAnyOrder("trucks", "trucks-copy", "convoy");
	}

	@Test
	void aQueryWithAConjunctionFindsTheBareWord() {
		assertThat(found("وغزة")).containsExactlyInAnyOrder("trucks", "trucks-copy", "convoy");
	}

	@Test
	void diacriticsInTheQueryDoNotMatter() {
		assertThat(found("غَزَّة")).containsExactlyInAnyOrder("trucks", "trucks-copy", "convoy");
		assertThat(found("أَسِيراً")).containsExactly("release");
	}

	@Test
	void hamzaAndTaMarbutaVariantsMatch() {
		assertThat(found("افرجت")).containsExactly("release");
		assertThat(found("شاحنه")).containsExactlyInAnyOrder("trucks", "trucks-copy");
		assertThat(found("القافله")).containsExactly("convoy");
	}

	@Test
	void theStemmedFieldFindsOtherFormsButLeavesNamesWhole() {
		assertThat(found("مساعدة")).containsExactlyInAnyOrder("trucks", "trucks-copy");
		var stemmer = SearchAnalyzers.arabic(true, SearchAnalyzers.names(EntityGazetteer.standard()));
		assertThat(SearchAnalyzers.tokens(stemmer, "غزة")).containsExactly("غزه");
		assertThat(SearchAnalyzers.tokens(stemmer, "المساعدات")).containsExactly("مساعد");
	}

	@Test
	void searchesEnglishWithItsStemmer() {
		assertThat(found("truck")).containsExactly("english");
		assertThat(found("crossing Gaza")).containsExactly("english");
	}

	@Test
	void everyWordOfTheQueryMustMatch() {
		assertThat(found("غزة القافلة")).containsExactly("convoy");
	}

	@Test
	void nearDuplicatesAreOneStoryWithTheirSources() {
		List<ArticleSearch.Story> stories = index.search("شاحنة", Map.of(), 10).stories();
		assertThat(stories).hasSize(1);
		assertThat(stories.get(0).sources()).containsExactlyInAnyOrder("wafa", "maan");
		assertThat(stories.get(0).others()).hasSize(1);
	}

	@Test
	void snippetsMarkTheMatchedWordsAndEscapeTheRest() {
		String snippet = index.search("رفح", Map.of(), 10).stories().get(0).best().snippet();
		assertThat(snippet).contains("<mark>رفح</mark>");
	}

	@Test
	void facetsCountEveryMatchAndFiltersNarrow() {
		ArticleSearch all = index.search("", Map.of(), 10);
		assertThat(all.total()).isEqualTo(5);
		assertThat(all.facets().get("source")).contains(new ArticleSearch.Facet("wafa", 2),
				new ArticleSearch.Facet("maan", 2), new ArticleSearch.Facet("reuters", 1));
		assertThat(index.search("غزة", Map.of("source", "maan"), 10).total()).isEqualTo(1);
	}

	@Test
	void addingAnArticleAgainReplacesIt() {
		try (ArticleIndex other = ArticleIndex.inMemory(EntityGazetteer.standard())) {
			other.add(article("a", "wafa", "ar", "غزة", "a"));
			other.add(article("a", "wafa", "ar", "رفح", "a"));
			other.refresh();
			assertThat(other.size()).isEqualTo(1);
			assertThat(other.search("غزة", Map.of(), 5).total()).isZero();
		}
	}

}
