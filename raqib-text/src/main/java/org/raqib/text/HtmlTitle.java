package org.raqib.text;

import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * A page's headline: the {@code <h1>} inside the article, else {@code og:title}, else an {@code <h1>} outside
 * the site header (where the logo often is one), else {@code <title>}; the last two without their
 * " | Site" suffix.
 */
final class HtmlTitle {

	private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—:«»]{1,2}\\s+");

	private HtmlTitle() {
	}

	/** The title and, when the page shows it, its element (where the subtitle is looked for). */
	record Found(String text, @Nullable Element element) {
	}

	static @Nullable Found find(Document doc, Element content) {
		Element scope = HtmlTitle.articleScope(content);
		Element h1 = scope.selectFirst("h1");
		if (h1 != null && !PageText.text(h1).isEmpty()) {
			return new Found(PageText.text(h1), h1);
		}
		String site = meta(doc, "og:site_name");
		String og = meta(doc, "og:title");
		if (og != null) {
			String title = withoutSite(og, site);
			return new Found(title, shownAs(doc, title));
		}
		for (Element any : doc.select("h1")) {
			if (any.closest("header, nav, [role=banner]") == null && !PageText.text(any).isEmpty()) {
				return new Found(PageText.text(any), any);
			}
		}
		String title = PageText.clean(doc.title());
		return title.isEmpty() ? null : new Found(withoutSite(title, site), null);
	}

	/** The article element around the content, where the headline and figures are; else the content's parent. */
	static Element articleScope(Element content) {
		Element article = content.closest("article, main, [itemprop=articleBody]");
		if (article != null && article.is("[itemprop=articleBody]") && article.parent() != null) {
			Element outer = article.parent().closest("article, main");
			return outer != null ? outer : article.parent();
		}
		if (article != null) {
			return article;
		}
		return content.parent() != null && !content.parent().is("body") ? content.parent() : content;
	}

	/** "Headline | Site" → "Headline": the last part goes when it is the site's name, or a few words. */
	static String withoutSite(String title, @Nullable String site) {
		String t = PageText.clean(title);
		String[] parts = SEPARATOR.split(t);
		if (parts.length < 2) {
			return t;
		}
		String last = parts[parts.length - 1];
		boolean isSite = site != null ? last.equalsIgnoreCase(PageText.clean(site))
				: last.split(" ").length <= 3 && last.length() < t.length() / 2;
		if (!isSite) {
			return t;
		}
		Pattern lastSeparator = Pattern.compile("\\s+[|\\-–—:«»]{1,2}\\s+" + Pattern.quote(last) + "$");
		return lastSeparator.matcher(t).replaceFirst("");
	}

	static @Nullable String meta(Document doc, String property) {
		Element e = doc.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
		if (e == null || PageText.clean(e.attr("content")).isEmpty()) {
			return null;
		}
		return PageText.clean(e.attr("content"));
	}

	private static @Nullable Element shownAs(Document doc, String title) {
		for (Element h : doc.select("h1, h2")) {
			if (PageText.text(h).equals(title)) {
				return h;
			}
		}
		return null;
	}

}
