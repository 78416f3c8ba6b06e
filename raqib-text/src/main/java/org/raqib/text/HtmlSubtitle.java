package org.raqib.text;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * A page's standfirst: an {@code <h2>} or a standfirst-class element right after the headline (bylines and
 * dates in between skipped), else a standfirst-class element in the article, else {@code og:description} when
 * the page shows it outside the body's paragraphs. A description that only search engines see, or that is
 * the first paragraph itself, is not a subtitle.
 */
final class HtmlSubtitle {

	private static final Pattern STANDFIRST = Pattern.compile("(?:^|[\\s_-])(standfirst|subtitle|subheadline"
			+ "|sub|lead|lede|summary|excerpt|dek|deck|strapline|intro|teaser|description)(?:$|[\\s_-])");

	private static final Pattern SKIPPED = Pattern.compile("(?:^|[\\s_-])(meta|byline|author|date|time|dateline"
			+ "|published|info)(?:$|[\\s_-])");

	private HtmlSubtitle() {
	}

	static @Nullable String find(Document doc, HtmlTitle.@Nullable Found title, Element content) {
		Element next = title == null || title.element() == null ? null : afterTitle(title.element());
		if (next != null && (next.is("h2") || isStandfirst(next))) {
			return PageText.text(next);
		}
		for (Element e : HtmlTitle.articleScope(content).select("[class], [id]")) {
			if (isStandfirst(e) && !PageText.text(e).isEmpty() && e.closest("figure") == null) {
				return PageText.text(e);
			}
		}
		String description = HtmlTitle.meta(doc, "og:description");
		if (description == null) {
			description = HtmlTitle.meta(doc, "description");
		}
		return description != null && isShownApart(doc, description, content) ? description : null;
	}

	private static @Nullable Element afterTitle(Element title) {
		Element from = title;
		while (from.nextElementSibling() == null && from.parent() != null && !from.parent().is("body, article")) {
			from = from.parent();
		}
		for (Element e = from.nextElementSibling(); e != null; e = e.nextElementSibling()) {
			String name = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
			if (!PageText.text(e).isEmpty() && !e.is("time") && !SKIPPED.matcher(name).find()) {
				return e;
			}
		}
		return null;
	}

	private static boolean isStandfirst(Element e) {
		return STANDFIRST.matcher((e.className() + " " + e.id()).toLowerCase(Locale.ROOT)).find();
	}

	/** Shown on the page, but not as one of the body's own paragraphs (then it is the lead, not a standfirst). */
	private static boolean isShownApart(Document doc, String description, Element content) {
		for (Element e : doc.body().getAllElements()) {
			if (!e.is("body") && PageText.text(e).equals(description) && e != content
					&& !e.parents().contains(content)) {
				return true;
			}
		}
		return false;
	}

}
