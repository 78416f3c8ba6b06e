package org.raqib.text;

import java.time.Instant;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlPublishedTests {

	private static Instant published(String html) {
		Document doc = Jsoup.parse(html + "<article><p id='c'>Body.</p></article>");
		return HtmlPublished.find(doc, doc.getElementById("c"));
	}

	@Test
	void readsArticlePublishedTime() {
		assertThat(published("<meta property='article:published_time' content='2025-01-21T09:15:00+02:00'>"))
			.isEqualTo(Instant.parse("2025-01-21T07:15:00Z"));
	}

	@Test
	void readsJsonLdDatePublished() {
		assertThat(published("<script type='application/ld+json'>{\"@graph\":[{\"@type\":\"NewsArticle\","
				+ "\"datePublished\":\"2025-01-26T01:40:00Z\"}]}</script>"))
			.isEqualTo(Instant.parse("2025-01-26T01:40:00Z"));
	}

	@Test
	void readsTheTimeElement() {
		assertThat(published("<time datetime='2025-02-03T14:30:00Z'>3 فبراير</time>"))
			.isEqualTo(Instant.parse("2025-02-03T14:30:00Z"));
	}

	@Test
	void metaDataComesBeforeVisibleTimes() {
		assertThat(published("<meta property='article:published_time' content='2025-01-21T07:00:00Z'>"
				+ "<time datetime='2025-03-01T00:00:00Z'>related story</time>"))
			.isEqualTo(Instant.parse("2025-01-21T07:00:00Z"));
	}

	@Test
	void brokenJsonLdIsPassedOver() {
		assertThat(published("<script type='application/ld+json'>{\"datePublished\":</script>"
				+ "<time datetime='2025-02-03T14:30:00Z'></time>")).isEqualTo(Instant.parse("2025-02-03T14:30:00Z"));
	}

	@Test
	void noTimeIsNull() {
		assertThat(published("<p>No date.</p>")).isNull();
	}

}
