package org.raqib.text;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/** A page's own address: {@code link rel=canonical}, else {@code og:url}; only absolute http(s) addresses. */
final class HtmlCanonical {

	private HtmlCanonical() {
	}

	static @Nullable String find(Document doc) {
		Element link = doc.selectFirst("link[rel=canonical][href]");
		if (link != null && isAbsolute(link.attr("href"))) {
			return link.attr("href").strip();
		}
		String og = HtmlTitle.meta(doc, "og:url");
		return og != null && isAbsolute(og) ? og : null;
	}

	private static boolean isAbsolute(String url) {
		String u = url.strip();
		return u.startsWith("https://") || u.startsWith("http://");
	}

}
