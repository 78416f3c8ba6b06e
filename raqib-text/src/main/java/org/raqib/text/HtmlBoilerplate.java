package org.raqib.text;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * Removes what surrounds an article on a news page: navigation, site header and footer, the breaking-news
 * ticker, "most read" and related-links boxes, share buttons, comments, ads and cookie banners. An element
 * goes by its tag, its ARIA role, a class or id word, or the heading it starts with; the element that holds
 * the article, and its ancestors, always stay, since some sites put words like "sidebar" on the element that
 * wraps everything.
 */
final class HtmlBoilerplate {

	private static final String TAGS = "script, style, noscript, template, iframe, form, button, svg, nav, aside, "
			+ "input, select, [role=navigation], [role=banner], [role=contentinfo], [role=complementary], "
			+ "[role=dialog], [aria-hidden=true], [hidden]";

	/** Class and id words, matched whole between hyphens, underscores or spaces. */
	private static final Pattern WORDS = Pattern.compile("(?:^|[\\s_-])(nav|navbar|menu|breadcrumbs?|ticker|breaking"
			+ "|urgent|marquee|most|mostread|popular|trending|related|share|sharing|social|comments?|ad|ads|advert"
			+ "|advertisement|sponsored|promo|cookies?|consent|gdpr|newsletter|subscribe|sidebar|widget|tags"
			+ "|footer|masthead|topbar|banner|outbrain|taboola|print)(?:$|[\\s_-])");

	/** Headings that open a box which is not the article. */
	private static final List<String> BOX_HEADINGS = List.of("الأكثر قراءة", "الاكثر قراءة", "الأكثر مشاهدة",
			"اقرأ أيضا", "اقرأ أيضاً", "اقرأ ايضا", "مواضيع ذات صلة", "أخبار ذات صلة", "ذات صلة", "عاجل", "شارك",
			"most read", "most popular", "most viewed", "related", "read more", "read also", "more on this",
			"breaking", "share", "comments", "trending");

	private static final Pattern HEADER_WORDS = Pattern.compile("(?:^|[\\s_-])(header|head|top|logo)(?:$|[\\s_-])");

	private HtmlBoilerplate() {
	}

	/**
	 * @param article the element that holds the article, found before anything is removed: it and its
	 * ancestors stay.
	 */
	static void remove(Element body, Element article) {
		for (Element e : body.select(TAGS)) {
			removeUnless(e, article);
		}
		for (Element e : body.select("header, footer, [class], [id]")) {
			// An article's own header holds its title; the page's header and footer do not.
			boolean pageHeader = (e.is("header, footer") || HEADER_WORDS.matcher(name(e)).find())
					&& e.closest("article, main, [itemprop=articleBody]") == null;
			if (e.parent() != null && (pageHeader || isBoilerplateName(name(e)))) {
				removeUnless(e, article);
			}
		}
		for (Element heading : body.select("h2, h3, h4, h5, h6, strong, span, div")) {
			if (heading.parent() != null && isBoxHeading(heading)) {
				removeBox(heading, article);
			}
		}
	}

	private static String name(Element e) {
		return (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
	}

	/** A box heading goes with its box when the box is mostly links, else with the list that follows it. */
	private static void removeBox(Element heading, Element article) {
		Element box = heading.parent();
		if (box != null && !box.is("body") && PageText.linkDensity(box) >= 0.5) {
			removeUnless(box, article);
			return;
		}
		Element next = heading.nextElementSibling();
		if (next != null && (next.is("ul, ol") || PageText.linkDensity(next) >= 0.5)) {
			removeUnless(next, article);
		}
		removeUnless(heading, article);
	}

	static boolean isBoilerplateName(String name) {
		return WORDS.matcher(name.toLowerCase(Locale.ROOT)).find();
	}

	private static boolean isBoxHeading(Element e) {
		if (e.childrenSize() > 1 || e.normalName().equals("div") && e.childrenSize() > 0) {
			return false;
		}
		String text = PageText.text(e).toLowerCase(Locale.ROOT).replaceAll("[:：\\s]+$", "");
		return BOX_HEADINGS.contains(text);
	}

	private static void removeUnless(Element e, Element article) {
		if (e.parent() == null || e.is("body, html") || e == article || article.parents().contains(e)) {
			return;
		}
		e.remove();
	}

}
