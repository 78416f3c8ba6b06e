package org.raqib.server.osint;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.raqib.server.access.RaqibUser;
import org.raqib.server.agreement.Agreements;
import org.raqib.server.system.FormErrors;
import org.raqib.server.system.InvalidInput;
import org.raqib.server.system.Rejected;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The review queue (mediators): each waiting claim with its article, accepted into a draft (the module's form
 * opens prefilled) or rejected with a reason; and the list of open discrepancies (the room).
 */
@Controller
class ReviewPages {

	private static final int QUEUE = 200;

	private final Agreements agreements;

	private final ReviewQueue queue;

	private final ArticleTable articles;

	private final Discrepancies discrepancies;

	private final MessageSource messages;

	ReviewPages(Agreements agreements, ReviewQueue queue, ArticleTable articles, Discrepancies discrepancies,
			MessageSource messages) {
		this.agreements = agreements;
		this.queue = queue;
		this.articles = articles;
		this.discrepancies = discrepancies;
		this.messages = messages;
	}

	@GetMapping("/agreements/{id}/news/review")
	String review(@PathVariable String id, @AuthenticationPrincipal RaqibUser user, Locale locale, Model model) {
		NewsPage page = mediator(id, user, locale);
		List<NewsClaim> waiting = this.queue.waiting(id, QUEUE);
		model.addAttribute("page", page);
		model.addAttribute("claims", waiting);
		model.addAttribute("total", this.queue.waitingCount(id));
		model.addAttribute("titles", waiting.stream().map(NewsClaim::article).distinct()
			.collect(Collectors.toMap(h -> h, h -> this.articles.find(id, h).map(NewsArticle::title).orElse(h))));
		model.addAttribute("targets", waiting.stream().map(NewsClaim::measure).distinct()
			.collect(Collectors.toMap(m -> m, this.queue::targetsFor)));
		model.addAttribute("reasons", DecisionPayloads.REASONS);
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", FormErrors.NONE);
			model.addAttribute("failed", "");
		}
		return "osint/review";
	}

	@PostMapping("/agreements/{id}/news/claims/{reference}/{n}/accept")
	String accept(@PathVariable String id, @PathVariable("reference") String hash, @PathVariable("n") int number,
			@RequestParam(defaultValue = "") String target, @AuthenticationPrincipal RaqibUser user, Locale locale,
			Model model, RedirectAttributes redirect) {
		mediator(id, user, locale);
		try {
			ReviewQueue.Accepted accepted = this.queue.accept(user, id, hash, number, target);
			redirect.addFlashAttribute("notice", accepted.form().isPresent() ? "osint.accepted.draft" : "osint.accepted");
			return "redirect:" + accepted.form().orElse("/agreements/" + id + "/news/review");
		}
		catch (InvalidInput invalid) {
			return failed(id, hash + "-" + number, invalid, user, locale, model);
		}
	}

	@PostMapping("/agreements/{id}/news/claims/{reference}/{n}/reject")
	String reject(@PathVariable String id, @PathVariable("reference") String hash, @PathVariable("n") int number,
			@RequestParam(defaultValue = "") String reason, @AuthenticationPrincipal RaqibUser user, Locale locale,
			Model model, RedirectAttributes redirect) {
		mediator(id, user, locale);
		try {
			this.queue.reject(user, id, hash, number, reason);
			redirect.addFlashAttribute("notice", "osint.rejected");
			return "redirect:/agreements/" + id + "/news/review";
		}
		catch (InvalidInput invalid) {
			return failed(id, hash + "-" + number, invalid, user, locale, model);
		}
	}

	@GetMapping("/agreements/{id}/news/discrepancies")
	String discrepancies(@PathVariable String id, @AuthenticationPrincipal RaqibUser user, Locale locale,
			Model model) {
		NewsPage page = NewsPage.of(this.agreements, id, user, locale);
		if (!page.room()) {
			throw new Rejected(HttpStatus.FORBIDDEN, "NOT_IN_THE_ROOM", "only the room of " + id + " sees its record");
		}
		model.addAttribute("page", page);
		model.addAttribute("flags", this.discrepancies.open(id));
		return "osint/discrepancies";
	}

	private String failed(String id, String claim, InvalidInput invalid, RaqibUser user, Locale locale, Model model) {
		model.addAttribute("errors", FormErrors.of(invalid, this.messages, locale));
		model.addAttribute("failed", claim);
		return review(id, user, locale, model);
	}

	private NewsPage mediator(String id, RaqibUser user, Locale locale) {
		NewsPage page = NewsPage.of(this.agreements, id, user, locale);
		if (!page.mediator()) {
			throw new Rejected(HttpStatus.FORBIDDEN, "NOT_A_MEDIATOR", "only a mediator of " + id + " reviews its news");
		}
		return page;
	}

}
