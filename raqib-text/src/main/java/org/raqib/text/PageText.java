package org.raqib.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The text of HTML as paragraphs and captions, shared by the page and the feed readers: a block is a
 * {@code <p>}, or a {@code div}/{@code section}/{@code blockquote} that holds text but no other block (some
 * sites write each paragraph as a div); captions are {@code <figcaption>}s and never count as paragraphs.
 */
final class PageText {

	static final String BLOCKS = "p, div, section, blockquote, pre";

	private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "blockquote", "pre", "ul",
			"ol", "li", "table", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer", "main", "aside",
			"nav", "form", "dl");

	private PageText() {
	}

	/** Whitespace as one reader sees it: no-break spaces are spaces, runs of spaces are one. */
	/** Runs of white space (no-break spaces included) as one space, trimmed; by hand, as it runs on every block. */
	static String clean(String text) {
		var out = new StringBuilder(text.length());
		boolean space = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c) || c == '\u00A0') {
				space = out.length() > 0;
			}
			else {
				if (space) {
					out.append(' ');
					space = false;
				}
				out.append(c);
			}
		}
		return out.toString();
	}

	static String text(Element element) {
		return clean(element.text());
	}

	/** The share of an element's text that is link text: near 1 for menus and link lists. */
	static double linkDensity(Element element) {
		int all = text(element).length();
		if (all == 0) {
			return 0;
		}
		int links = 0;
		for (Element a : element.select("a")) {
			links += text(a).length();
		}
		return Math.min(1.0, (double) links / all);
	}

	/** The paragraph-like blocks under {@code root}, in document order, with their text. */
	static List<Element> blocks(Element root) {
		List<Element> blocks = new ArrayList<>();
		for (Element e : root.select(BLOCKS)) {
			if (isInCaption(e) || text(e).isEmpty()) {
				continue;
			}
			if (e.normalName().equals("p") || !hasBlockChild(e)) {
				blocks.add(e);
			}
		}
		// A <p> inside a blockquote or a leaf div is already counted by its own element.
		blocks.removeIf(b -> b.parents().stream().anyMatch(blocks::contains));
		return blocks;
	}

	static boolean isInCaption(Element e) {
		return e.closest("figcaption, figure") != null;
	}

	private static boolean hasBlockChild(Element e) {
		for (Element child : e.children()) {
			if (BLOCK_TAGS.contains(child.normalName())) {
				return true;
			}
		}
		return false;
	}

	/** Each {@code figcaption} under {@code scope} once, its agency credit split off. */
	static List<Article.Caption> captions(Element scope) {
		Set<Article.Caption> captions = new LinkedHashSet<>();
		for (Element fc : scope.select("figcaption")) {
			Elements credit = fc.select(".credit, .copyright, .photo-credit, [itemprop=copyrightHolder]");
			String text = text(fc);
			if (!text.isEmpty()) {
				captions.add(credit.isEmpty() ? Captions.split(text) : Captions.withCredit(text, text(credit.first())));
			}
		}
		return List.copyOf(captions);
	}

	/**
	 * An HTML fragment (a feed item's description or content) as paragraphs: its blocks, or, when it has none,
	 * its text split at blank lines and double line breaks.
	 */
	static List<String> fragmentParagraphs(String html) {
		Document doc = Jsoup.parseBodyFragment(html.replaceAll("(?i)<br\\s*/?>", "\n"));
		doc.select("script, style, figure, figcaption").remove();
		List<Element> blocks = blocks(doc.body());
		List<String> paragraphs = new ArrayList<>();
		if (!blocks.isEmpty()) {
			blocks.forEach(b -> paragraphs.add(text(b)));
			return paragraphs;
		}
		for (String chunk : doc.body().wholeText().split("\\n\\s*\\n")) {
			String p = clean(chunk);
			if (!p.isEmpty()) {
				paragraphs.add(p);
			}
		}
		return paragraphs;
	}

	/** The captions of an HTML fragment. */
	static List<Article.Caption> fragmentCaptions(String html) {
		return captions(Jsoup.parseBodyFragment(html).body());
	}

}
