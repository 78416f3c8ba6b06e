package org.raqib.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HtmlReaderTests {

	private static final String LONG = "The committee said on Monday that 85 trucks had crossed, and that inspections"
			+ " would continue through the night.";

	private static byte[] broken(String name) throws IOException {
		try (InputStream in = HtmlReaderTests.class.getResourceAsStream("/broken/" + name)) {
			return in.readAllBytes();
		}
	}

	private static Article read(String html) {
		return new HtmlReader().read(html.getBytes(StandardCharsets.UTF_8), "page.html").get(0);
	}

	@Test
	void readsOneArticleAttributedToTheGivenSource() {
		Article article = read("<html><body><article><h1>Trucks cross</h1><p>" + LONG + "</p></article></body></html>");
		assertThat(article.source()).isEqualTo("page.html");
		assertThat(article.origin()).isEqualTo("page");
		assertThat(article.language()).isEqualTo("en");
		assertThat(article.paragraphs()).containsExactly(LONG);
	}

	@Test
	void captionsAreNotParagraphs() {
		Article article = read("<article><h1>Trucks cross</h1><p>" + LONG + "</p><figure><figcaption>Trucks queue (AFP)"
				+ "</figcaption></figure><p>Trucks queue (AFP)</p></article>");
		assertThat(article.captions()).containsExactly(new Article.Caption("Trucks queue", "(AFP)"));
		assertThat(article.paragraphs()).containsExactly(LONG);
	}

	@Test
	void dropsReadAlsoLinesAndLinkLists() {
		Article article = read("<article><h1>العنوان</h1><p>" + LONG + "</p><p>اقرأ أيضا: <a href='/x'>خبر آخر</a></p>"
				+ "<p><a href='/y'>A whole paragraph that is only a link to another story</a></p></article>");
		assertThat(article.paragraphs()).containsExactly(LONG);
	}

	@Test
	void dropsBylinesAndTheSubtitleFromTheParagraphs() {
		Article article = read("<article><h1>Trucks cross</h1><p class='lede'>Inspections resume</p>"
				+ "<p class='byline'>By Desk staff, in Gaza</p><p>" + LONG + "</p></article>");
		assertThat(article.subtitle()).isEqualTo("Inspections resume");
		assertThat(article.paragraphs()).containsExactly(LONG);
	}

	@Test
	void aRepeatedParagraphIsKeptOnce() {
		Article article = read("<article><h1>Trucks cross</h1><p>" + LONG + "</p><p>" + LONG + "</p></article>");
		assertThat(article.paragraphs()).containsExactly(LONG);
	}

	@Test
	void aPageWithoutAStoryIsAFormatError() throws IOException {
		byte[] bytes = broken("html-no-content.html");
		assertThatThrownBy(() -> new HtmlReader().read(bytes, "x.html")).isInstanceOf(TextException.class)
			.hasMessageContaining("no article on the page")
			.extracting(e -> ((TextException) e).problem(), e -> ((TextException) e).where())
			.containsExactly(TextException.Problem.FORMAT, "page");
	}

	@Test
	void aPageCutOffMidParagraphIsTruncated() throws IOException {
		byte[] bytes = broken("html-truncated.html");
		assertThatThrownBy(() -> new HtmlReader().read(bytes, "x.html")).isInstanceOf(TextException.class)
			.extracting(e -> ((TextException) e).problem(), e -> ((TextException) e).where())
			.containsExactly(TextException.Problem.TRUNCATED, "line 28");
	}

	@Test
	void aPageNotInUtf8AsItDeclaresIsAnEncodingError() throws IOException {
		byte[] bytes = broken("html-not-utf8.html");
		assertThatThrownBy(() -> new HtmlReader().read(bytes, "x.html")).isInstanceOf(TextException.class)
			.extracting(e -> ((TextException) e).problem())
			.isEqualTo(TextException.Problem.ENCODING);
	}

}
