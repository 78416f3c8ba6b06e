package org.raqib.text;

import java.time.Instant;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * When a page says its article was published: {@code article:published_time}, then JSON-LD
 * {@code datePublished}, then the article's {@code <time datetime>}. Meta data first, because a page's visible
 * times include those of the related stories around it.
 */
final class HtmlPublished {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private HtmlPublished() {
	}

	static @Nullable Instant find(Document doc, Element content) {
		Instant meta = PageDates.parse(HtmlTitle.meta(doc, "article:published_time"));
		if (meta != null) {
			return meta;
		}
		Element itemprop = doc.selectFirst("meta[itemprop=datePublished]");
		if (itemprop != null && PageDates.parse(itemprop.attr("content")) != null) {
			return PageDates.parse(itemprop.attr("content"));
		}
		for (Element script : doc.select("script[type=application/ld+json]")) {
			Instant ld = fromJsonLd(script.data());
			if (ld != null) {
				return ld;
			}
		}
		Element time = HtmlTitle.articleScope(content).selectFirst("time[datetime]");
		if (time == null) {
			time = doc.selectFirst("time[datetime]");
		}
		return time == null ? null : PageDates.parse(time.attr("datetime"));
	}

	private static @Nullable Instant fromJsonLd(String json) {
		try {
			JsonNode date = JSON.readTree(json).findValue("datePublished");
			return date == null || !date.isString() ? null : PageDates.parse(date.asString());
		}
		catch (JacksonException ex) {
			// A broken JSON-LD block is the site's problem; the other sources may still say.
			return null;
		}
	}

}
