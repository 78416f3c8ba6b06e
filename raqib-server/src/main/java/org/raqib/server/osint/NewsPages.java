package org.raqib.server.osint;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.raqib.server.access.RaqibUser;
import org.raqib.server.agreement.Agreements;
import org.raqib.server.system.NotFound;
import org.raqib.text.ArticleSearch;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The news search of an agreement (query, facets, highlighted snippets, near-duplicates as one story) and an
 * article's page with its claims marked in the text. Any signed-in reader may search: the articles are public
 * news. The record's figures beside a claim, the flags and the review buttons are the room's.
 */
@Controller
class NewsPages {

	private static final int STORIES = 20;

	private final Agreements agreements;

	private final NewsIndexes indexes;

	private final ArticleTable articles;

	private final ClaimTable claims;

	private final Discrepancies discrepancies;

	private final ReviewQueue queue;

	NewsPages(Agreements agreements, NewsIndexes indexes, ArticleTable articles, ClaimTable claims,
			Discrepancies discrepancies, ReviewQueue queue) {
		this.agreements = agreements;
		this.indexes = indexes;
		this.articles = articles;
		this.claims = claims;
		this.discrepancies = discrepancies;
		this.queue = queue;
	}

	@GetMapping("/agreements/{id}/news")
	String search(@PathVariable String id, @RequestParam(defaultValue = "") String q,
			@RequestParam Map<String, String> params, @AuthenticationPrincipal RaqibUser user, Locale locale,
			Model model) {
		NewsPage page = NewsPage.of(this.agreements, id, user, locale);
		var filters = new LinkedHashMap<String, String>();
		ArticleSearch.FACETS.stream().filter(f -> !params.getOrDefault(f, "").isBlank())
			.forEach(f -> filters.put(f, params.get(f)));
		String query = q.length() > 500 ? q.substring(0, 500) : q;
		model.addAttribute("page", page);
		model.addAttribute("q", query);
		model.addAttribute("filters", filters);
		model.addAttribute("result", this.indexes.search(id, query, filters, STORIES));
		model.addAttribute("waiting", page.mediator() ? this.queue.waitingCount(id) : 0);
		return "osint/search";
	}

	@GetMapping("/agreements/{id}/news/articles/{reference}")
	String article(@PathVariable String id, @PathVariable("reference") String hash,
			@AuthenticationPrincipal RaqibUser user, Locale locale, Model model) {
		NewsPage page = NewsPage.of(this.agreements, id, user, locale);
		NewsArticle article = this.articles.find(id, hash).orElseThrow(() -> new NotFound("article " + hash));
		List<NewsClaim> found = this.claims.ofArticle(id, hash);
		List<Discrepancy> flags = page.room() ? this.discrepancies.of(found) : List.of();
		Set<Integer> flagged = flags.stream().map(d -> d.claim().number()).collect(Collectors.toSet());
		model.addAttribute("page", page);
		model.addAttribute("article", article);
		model.addAttribute("pieces", ArticleText.pieces(article.text(), found, flagged));
		model.addAttribute("claims", found);
		model.addAttribute("flags", flags);
		model.addAttribute("story", this.articles.ofStory(id, article.story()).stream()
			.filter(a -> !a.hash().equals(hash)).toList());
		model.addAttribute("targets", found.stream().collect(Collectors.toMap(NewsClaim::number,
				c -> this.queue.targetsFor(c.measure()))));
		model.addAttribute("reasons", DecisionPayloads.REASONS);
		return "osint/article";
	}

}
