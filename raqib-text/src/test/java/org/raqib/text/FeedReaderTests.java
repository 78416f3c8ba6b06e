package org.raqib.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class FeedReaderTests {

	private static List<Article> read(String xml) {
		return new FeedReader().read(xml.getBytes(StandardCharsets.UTF_8), "feed.xml");
	}

	private static String rss(String channelTitle, String items) {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\" xmlns:media=\"http://search.yahoo.com/mrss/\">"
				+ "<channel>" + channelTitle + "<link>https://a.example/</link><description>d</description>" + items
				+ "</channel></rss>";
	}

	private static byte[] broken(String name) throws IOException {
		try (InputStream in = FeedReaderTests.class.getResourceAsStream("/broken/" + name)) {
			return in.readAllBytes();
		}
	}

	@Test
	void eachItemIsAnArticleNumberedFromOne() {
		List<Article> articles = read(rss("<title>Desk</title>", "<item><title>One</title></item><item><title>Two</title></item>"));
		assertThat(articles).extracting(Article::title, Article::origin)
			.containsExactly(tuple("One", "item 1"),
					tuple("Two", "item 2"));
	}

	@Test
	void theSourceIsTheFeedsTitle() {
		assertThat(read(rss("<title>نشرة غرفة العمليات</title>", "<item><title>خبر</title></item>")).get(0).source())
			.isEqualTo("نشرة غرفة العمليات");
	}

	@Test
	void aFeedWithoutTitleGivesTheNameItWasReadUnder() {
		assertThat(read(rss("", "<item><title>One</title></item>")).get(0).source()).isEqualTo("feed.xml");
	}

	@Test
	void readsLinkAndPublicationDate() {
		Article article = read(rss("<title>D</title>", "<item><title>One</title><link>https://a.example/1</link>"
				+ "<pubDate>Sat, 25 Jan 2025 11:05:00 +0200</pubDate></item>")).get(0);
		assertThat(article.url()).isEqualTo("https://a.example/1");
		assertThat(article.published()).isEqualTo(Instant.parse("2025-01-25T09:05:00Z"));
	}

	@Test
	void theDescriptionHtmlBecomesParagraphs() {
		Article article = read(rss("<title>D</title>", "<item><title>One</title><description>"
				+ "&lt;p&gt;First.&lt;/p&gt;&lt;p&gt;Second.&lt;/p&gt;</description></item>")).get(0);
		assertThat(article.paragraphs()).containsExactly("First.", "Second.");
	}

	@Test
	void aMediaDescriptionIsACaptionWithItsCredit() {
		Article article = read(rss("<title>D</title>", "<item><title>One</title><media:content url=\"https://a.example/i.jpg\">"
				+ "<media:description>Trucks at the crossing (Reuters)</media:description></media:content></item>")).get(0);
		assertThat(article.captions()).containsExactly(new Article.Caption("Trucks at the crossing", "(Reuters)"));
	}

	@Test
	void readsAtomEntriesWithTheirUpdatedTimeWhenNotPublished() {
		Article article = read("<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title>"
				+ "<id>urn:x</id><updated>2025-02-04T12:00:00Z</updated><entry><title>E</title><id>urn:e</id>"
				+ "<link href=\"https://a.example/e\"/><updated>2025-02-03T06:10:00Z</updated>"
				+ "<content type=\"html\">&lt;p&gt;Body.&lt;/p&gt;</content></entry></feed>").get(0);
		assertThat(article.url()).isEqualTo("https://a.example/e");
		assertThat(article.published()).isEqualTo(Instant.parse("2025-02-03T06:10:00Z"));
		assertThat(article.paragraphs()).containsExactly("Body.");
	}

	@Test
	void anItemWithoutTitleIsAMissingFieldAtThatItem() throws IOException {
		byte[] bytes = broken("feed-item-without-title.xml");
		assertThatThrownBy(() -> new FeedReader().read(bytes, "f.xml")).isInstanceOf(TextException.class)
			.extracting(e -> ((TextException) e).problem(), e -> ((TextException) e).where())
			.containsExactly(TextException.Problem.MISSING_FIELD, "item 2");
	}

	@Test
	void aFeedCutOffIsTruncatedAtItsLastLine() throws IOException {
		byte[] bytes = broken("feed-truncated.xml");
		assertThatThrownBy(() -> new FeedReader().read(bytes, "f.xml")).isInstanceOf(TextException.class)
			.extracting(e -> ((TextException) e).problem(), e -> ((TextException) e).where())
			.containsExactly(TextException.Problem.TRUNCATED, "line 24");
	}

	@Test
	void malformedXmlIsAFormatErrorAtTheParsersLine() throws IOException {
		byte[] bytes = broken("feed-malformed.xml");
		assertThatThrownBy(() -> new FeedReader().read(bytes, "f.xml")).isInstanceOf(TextException.class)
			.extracting(e -> ((TextException) e).problem(), e -> ((TextException) e).where())
			.containsExactly(TextException.Problem.FORMAT, "line 18");
	}

	@Test
	void xmlThatIsNotAFeedIsAFormatError() {
		assertThatThrownBy(() -> read("<?xml version=\"1.0\"?><catalogue><book/></catalogue>"))
			.isInstanceOf(TextException.class)
			.extracting(e -> ((TextException) e).problem())
			.isEqualTo(TextException.Problem.FORMAT);
	}

}
