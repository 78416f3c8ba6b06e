package org.raqib.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Finds the element that holds an article's body by scoring, as readability does, rather than by one site's
 * CSS: each paragraph of some length gives points (for its length and its commas) to its parent and half as
 * many to its grandparent; {@code <article>}, {@code itemprop=articleBody} and class names such as
 * {@code article-body} add, boilerplate names and link-heavy elements take away. A "most read" box of
 * summaries is a list of short, linked paragraphs, so it loses to the story.
 */
final class HtmlContent {

	/** Shorter blocks (datelines, "share" labels, bylines) say little about where the story is. */
	static final int MIN_BLOCK = 25;

	private static final Pattern CONTENT_WORDS = Pattern.compile("(?:^|[\\s_-])(article|articlebody|body|content"
			+ "|entry|story|text|post|main|details|matn|news)(?:$|[\\s_-])");

	private HtmlContent() {
	}

	/** The best-scoring element under {@code body}, or null when no paragraph is long enough to be a story. */
	static @Nullable Element find(Element body) {
		Map<Element, Double> scores = new HashMap<>();
		for (Element block : PageText.blocks(body)) {
			String text = PageText.text(block);
			if (text.length() < MIN_BLOCK) {
				continue;
			}
			double points = 1 + commas(text) + Math.min(text.length() / 100.0, 3);
			Element parent = block.parent();
			if (parent != null) {
				scores.merge(parent, points, Double::sum);
				Element grand = parent.parent();
				// The body would collect half of every box on the page and win by size alone.
				if (grand != null && !grand.is("body, html")) {
					scores.merge(grand, points / 2, Double::sum);
				}
			}
		}
		Element best = null;
		double bestScore = 0;
		for (Map.Entry<Element, Double> entry : scores.entrySet()) {
			Element e = entry.getKey();
			double score = (entry.getValue() + weight(e)) * (1 - PageText.linkDensity(e));
			if (score > bestScore) {
				best = e;
				bestScore = score;
			}
		}
		return best;
	}

	private static int commas(String text) {
		return (int) text.chars().filter(c -> c == ',' || c == '،' || c == '؛').count();
	}

	static double weight(Element e) {
		double weight = 0;
		if (e.is("article")) {
			weight += 10;
		}
		if (e.is("[itemprop=articleBody]")) {
			weight += 30;
		}
		String name = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
		if (CONTENT_WORDS.matcher(name).find()) {
			weight += 25;
		}
		if (HtmlBoilerplate.isBoilerplateName(name)) {
			weight -= 25;
		}
		if (e.closest("nav, aside, footer, [role=complementary], [role=navigation]") != null || e.parents()
			.stream()
			.anyMatch(p -> !p.is("body, html") && HtmlBoilerplate.isBoilerplateName(p.className() + " " + p.id()))) {
			weight -= 50;
		}
		return weight;
	}

}
