package org.raqib.server.osint;

import java.io.IOException;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The news sources of an agreement (mediators): feeds and folders to follow, and files to upload now. */
@Controller
class SourcePages {

	record SourceForm(String kind, String name, String location) {
	}

	private final Agreements agreements;

	private final NewsSources sources;

	private final Ingesting ingesting;

	private final MessageSource messages;

	SourcePages(Agreements agreements, NewsSources sources, Ingesting ingesting, MessageSource messages) {
		this.agreements = agreements;
		this.sources = sources;
		this.ingesting = ingesting;
		this.messages = messages;
	}

	@GetMapping("/agreements/{id}/news/sources")
	String sources(@PathVariable String id, @AuthenticationPrincipal RaqibUser user, Locale locale, Model model) {
		model.addAttribute("page", mediator(id, user, locale));
		model.addAttribute("sources", this.sources.of(id));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", FormErrors.NONE);
			model.addAttribute("form", new SourceForm(NewsSource.FEED, "", ""));
		}
		return "osint/sources";
	}

	@PostMapping("/agreements/{id}/news/sources")
	String add(@PathVariable String id, SourceForm form, @AuthenticationPrincipal RaqibUser user, Locale locale,
			Model model, RedirectAttributes redirect) {
		mediator(id, user, locale);
		try {
			NewsSource source = this.sources.add(id, form.kind(), form.name(), form.location());
			this.sources.read(source);
			redirect.addFlashAttribute("notice", "osint.source.added");
			return "redirect:/agreements/" + id + "/news/sources";
		}
		catch (InvalidInput invalid) {
			model.addAttribute("errors", FormErrors.of(invalid, this.messages, locale));
			model.addAttribute("form", form);
			return sources(id, user, locale, model);
		}
	}

	@PostMapping("/agreements/{id}/news/upload")
	String upload(@PathVariable String id, @RequestParam(required = false) @Nullable MultipartFile file,
			@AuthenticationPrincipal RaqibUser user, Locale locale, Model model, RedirectAttributes redirect)
			throws IOException {
		mediator(id, user, locale);
		try {
			if (file == null || file.isEmpty()) {
				throw InvalidInput.of("file", "osint.file.required");
			}
			String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
			Ingesting.Summary summary = this.ingesting.ingest(id, file.getBytes(), name);
			redirect.addFlashAttribute("summary", summary);
			return "redirect:/agreements/" + id + "/news/sources";
		}
		catch (InvalidInput invalid) {
			model.addAttribute("errors", FormErrors.of(invalid, this.messages, locale));
			model.addAttribute("form", new SourceForm(NewsSource.FEED, "", ""));
			return sources(id, user, locale, model);
		}
	}

	private NewsPage mediator(String id, RaqibUser user, Locale locale) {
		NewsPage page = NewsPage.of(this.agreements, id, user, locale);
		if (!page.mediator()) {
			throw new Rejected(HttpStatus.FORBIDDEN, "NOT_A_MEDIATOR", "only a mediator of " + id + " manages its news");
		}
		return page;
	}

}
