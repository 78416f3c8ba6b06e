package org.raqib.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** One test per numbered rule in the README's "Boundary rules for text dumps", in the same order. */
class DumpBoundaryRulesTests {

	private static final String TITLE = "وصول قافلة مساعدات جديدة إلى معبر كرم أبو سالم";

	private static final String SUBTITLE = "الأمم المتحدة تتحدث عن تحسن بطيء في وتيرة الدخول";

	private static final String CAPTION = "شاحنات محملة بالمساعدات تنتظر عند المعبر (رويترز)";

	private static final String FIRST = "قال مسؤول في الأمم المتحدة إن 40 شاحنة عبرت المعبر صباح الاثنين.";

	private static final String SECOND = "وأضاف أن الشاحنات حملت طحيناً وأدوية ومياه شرب.";

	private static List<Article> read(String... lines) {
		return new DumpReader().read(String.join("\n", lines).getBytes(StandardCharsets.UTF_8), "test.txt");
	}

	@Test
	void rule1_crLfAndLoneCrEndLinesAndSpacesAroundLinesAreDropped() {
		String text = "  " + TITLE + "\u00A0\r\n\r\nTT\r" + TITLE + " \r\n\r\n" + FIRST + "\r\n" + SECOND + "\t";
		Article article = new DumpReader().read(text.getBytes(StandardCharsets.UTF_8), "test.txt").get(0);
		assertThat(article.title()).isEqualTo(TITLE);
		assertThat(article.paragraphs()).containsExactly(FIRST, SECOND);
	}

	@Test
	void rule1_onlyBlankLinesAreEmpty() {
		assertThatThrownBy(() -> read("", "  ", "\t", ""))
			.isInstanceOfSatisfying(TextException.class, e -> assertThat(e.problem()).isEqualTo(TextException.Problem.EMPTY));
	}

	@Test
	void rule2_signatureSplitsArticlesWithoutAnyBlankLineBetweenThem() {
		String other = "Aid convoy reaches Rafah crossing after two-day delay";
		List<Article> articles = read(TITLE, "TT", TITLE, FIRST, other, "TT", other, "The convoy of 25 trucks crossed at noon.");
		assertThat(articles).extracting(Article::title).containsExactly(TITLE, other);
		assertThat(articles.get(0).paragraphs()).containsExactly(FIRST);
	}

	@Test
	void rule2_aRepeatedBodyParagraphIsNotATitle() {
		List<Article> articles = read(TITLE, "TT", TITLE, FIRST, SECOND, FIRST, SECOND);
		assertThat(articles).hasSize(1);
		assertThat(articles.get(0).paragraphs()).containsExactly(FIRST, SECOND, FIRST, SECOND);
	}

	@Test
	void rule3_subtitleLogoAndCaptionsMayStandBetweenTitleAndRepetitionInAnyOrder() {
		Article article = read(TITLE, CAPTION, SUBTITLE, CAPTION, "TT", TITLE, FIRST).get(0);
		assertThat(article.subtitle()).isEqualTo(SUBTITLE);
		assertThat(article.captions()).containsExactly(new Article.Caption("شاحنات محملة بالمساعدات تنتظر عند المعبر", "(رويترز)"));
		assertThat(article.paragraphs()).containsExactly(FIRST);
	}

	@Test
	void rule3_twoSubtitlesAreNoHeaderGap() {
		String other = "المعبر يفتح أبوابه للمرة الثانية هذا الأسبوع";
		List<Article> articles = read(TITLE, SUBTITLE, other, TITLE, FIRST);
		assertThat(articles).hasSize(1);
		assertThat(articles.get(0).subtitle()).isNull();
		assertThat(articles.get(0).paragraphs()).containsExactly(SUBTITLE, other, TITLE, FIRST);
	}

	@Test
	void rule4_anotherSitesLogoWordIsRecognisedByItsShape() {
		Article article = read(TITLE, "", SUBTITLE, "", "الشرق", "", TITLE, "", FIRST).get(0);
		assertThat(article.subtitle()).isEqualTo(SUBTITLE);
		assertThat(article.paragraphs()).containsExactly(FIRST);
	}

	@Test
	void rule4_aTitleRepeatedWithoutLogoLineIsASignatureToo() {
		Article article = read(TITLE, SUBTITLE, TITLE, FIRST, SECOND).get(0);
		assertThat(article.subtitle()).isEqualTo(SUBTITLE);
		assertThat(article.paragraphs()).containsExactly(FIRST, SECOND);
	}

	@Test
	void rule5_captionsAreKeptOnceWithTheCreditSplitOff() {
		Article article = read(TITLE, CAPTION, CAPTION, "TT", TITLE, CAPTION, CAPTION, FIRST).get(0);
		assertThat(article.captions()).containsExactly(new Article.Caption("شاحنات محملة بالمساعدات تنتظر عند المعبر", "(رويترز)"));
	}

	@Test
	void rule5_aCaptionInsideTheBodyIsLiftedOut() {
		String inBody = "Families wait at the Zikim crossing - (AFP)";
		Article article = read(TITLE, "TT", TITLE, FIRST, inBody, SECOND).get(0);
		assertThat(article.paragraphs()).containsExactly(FIRST, SECOND);
		assertThat(article.captions()).containsExactly(new Article.Caption("Families wait at the Zikim crossing", "(AFP)"));
	}

	@Test
	void rule5_aLineEndingInAnOrganisationsAcronymIsBody() {
		String line = "وأعلنت الوكالة استئناف عملها بالتنسيق مع (أونروا)";
		Article article = read(TITLE, "TT", TITLE, line).get(0);
		assertThat(article.paragraphs()).containsExactly(line);
		assertThat(article.captions()).isEmpty();
	}

	@Test
	void rule6_repeatsOfHeaderLinesAfterTheRepeatedTitleAreDropped() {
		Article article = read(TITLE, SUBTITLE, "TT", TITLE, CAPTION, TITLE, "TT", SUBTITLE, FIRST).get(0);
		assertThat(article.paragraphs()).containsExactly(FIRST);
		assertThat(article.captions()).hasSize(1);
	}

	@Test
	void rule7_paragraphsAreLinesWhetherOrNotBlankLinesSeparateThem() {
		Article together = read(TITLE, "TT", TITLE, FIRST, SECOND).get(0);
		Article apart = read(TITLE, "TT", TITLE, "", FIRST, "", "", SECOND).get(0);
		assertThat(together.paragraphs()).containsExactly(FIRST, SECOND);
		assertThat(apart.paragraphs()).containsExactly(FIRST, SECOND);
	}

	@Test
	void rule8_withoutSignaturesThreeBlankLinesSeparateArticles() {
		String other = "Ceasefire committee logs two violations near Khan Younis";
		List<Article> articles = read("", "", TITLE, CAPTION, FIRST, "", SECOND, "", "", "", other, "The committee met on Tuesday.");
		assertThat(articles).extracting(Article::title).containsExactly(TITLE, other);
		assertThat(articles.get(0).captions()).hasSize(1);
		assertThat(articles.get(0).paragraphs()).containsExactly(FIRST, SECOND);
		assertThat(articles.get(1).paragraphs()).containsExactly("The committee met on Tuesday.");
	}

	@Test
	void rule8_aLogoLineEndsAnUnrepeatedHeaderAfterItsSubtitle() {
		Article article = read(TITLE, SUBTITLE, "TT", FIRST).get(0);
		assertThat(article.subtitle()).isEqualTo(SUBTITLE);
		assertThat(article.paragraphs()).containsExactly(FIRST);
	}

	@Test
	void rule9_aKnownLogoInsideABodyStartsTheNextArticle() {
		String other = "Aid convoy reaches Rafah crossing after two-day delay";
		String otherSubtitle = "Trucks carried flour and medicine";
		List<Article> articles = read(TITLE, "TT", TITLE, FIRST, "", other, otherSubtitle, "TT", "The convoy crossed at noon.");
		assertThat(articles).extracting(Article::title).containsExactly(TITLE, other);
		assertThat(articles.get(0).paragraphs()).containsExactly(FIRST);
		assertThat(articles.get(1).subtitle()).isEqualTo(otherSubtitle);
		assertThat(articles.get(1).paragraphs()).containsExactly("The convoy crossed at noon.");
	}

	@Test
	void rule10_aDumpEndingInAHeaderIsTruncatedAtItsTitle() {
		assertThatThrownBy(() -> read(TITLE, "TT", TITLE, FIRST, "", "", "", "Second title", "", "TT"))
			.isInstanceOfSatisfying(TextException.class, e -> {
				assertThat(e.problem()).isEqualTo(TextException.Problem.TRUNCATED);
				assertThat(e.where()).isEqualTo("line 8");
			});
	}

	@Test
	void rule10_aLastArticleOfTitleAndSubtitleOnlyIsTruncated() {
		assertThatThrownBy(() -> read(TITLE, "TT", TITLE, FIRST, "", "", "", "Second title", "Its subtitle"))
			.isInstanceOfSatisfying(TextException.class, e -> assertThat(e.where()).isEqualTo("line 8"));
	}

	@Test
	void rule10_aSignedLastArticleWithAShortBodyIsComplete() {
		Article article = read(TITLE, "TT", TITLE, "Talks resume on Sunday").get(0);
		assertThat(article.paragraphs()).containsExactly("Talks resume on Sunday");
	}

	@Test
	void rule10_anArticleWithoutBodyBeforeAnotherIsMissingItsBody() {
		String other = "Aid convoy reaches Rafah crossing after two-day delay";
		assertThatThrownBy(() -> read(TITLE, "TT", TITLE, other, "TT", other, "The convoy crossed at noon."))
			.isInstanceOfSatisfying(TextException.class, e -> {
				assertThat(e.problem()).isEqualTo(TextException.Problem.MISSING_FIELD);
				assertThat(e.where()).isEqualTo("line 1");
			});
	}

	@Test
	void rule11_theArticleCarriesLanguageOriginAndSource() {
		List<Article> articles = read("", "", TITLE, "", "TT", "", TITLE, "", FIRST);
		assertThat(articles).containsExactly(new Article("test.txt", null, null, "ar", TITLE, null, List.of(),
				List.of(FIRST), "line 3"));
	}

}
