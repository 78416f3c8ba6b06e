package org.raqib.server.record;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.raqib.server.access.Actor;
import org.raqib.server.access.RaqibUser;
import org.raqib.server.system.FormErrors;
import org.raqib.server.system.InvalidInput;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The Statements page of a log: each statement with its log index and receipt; record, correct, retract. */
@Controller
class StatementPages {

	private final Statements statements;

	private final LogReader reader;

	private final MessageSource messages;

	StatementPages(Statements statements, LogReader reader, MessageSource messages) {
		this.statements = statements;
		this.reader = reader;
		this.messages = messages;
	}

	@GetMapping("/logs/{log}/statements")
	String list(@PathVariable String log, @AuthenticationPrincipal RaqibUser user, Model model) {
		return show(model, log, user, new StatementText(null, null, null, null), "", FormErrors.NONE);
	}

	@PostMapping("/logs/{log}/statements")
	String record(@PathVariable String log, @RequestParam String party, @ModelAttribute StatementText form,
			@AuthenticationPrincipal RaqibUser user, Authentication auth, HttpServletRequest request, Locale locale,
			Model model, RedirectAttributes redirect) {
		try {
			Appended appended = this.statements.record(log, party, form, user, Actor.of(auth, request));
			redirect.addFlashAttribute("notice", "statement.recorded");
			redirect.addFlashAttribute("appended", appended.index());
			return "redirect:/logs/" + log + "/statements";
		}
		catch (InvalidInput invalid) {
			return show(model, log, user, form, party, FormErrors.of(invalid, this.messages, locale));
		}
	}

	@PostMapping("/logs/{log}/statements/{index}/correction")
	String correct(@PathVariable String log, @PathVariable long index, @RequestParam String reason,
			@ModelAttribute StatementText form, @AuthenticationPrincipal RaqibUser user, Authentication auth,
			HttpServletRequest request, Locale locale, Model model, RedirectAttributes redirect) {
		try {
			this.statements.correct(log, index, form, reason, user, Actor.of(auth, request));
			redirect.addFlashAttribute("notice", "statement.corrected");
			return "redirect:/logs/" + log + "/statements";
		}
		catch (InvalidInput invalid) {
			return show(model, log, user, new StatementText(null, null, null, null), "",
					FormErrors.of(invalid, this.messages, locale));
		}
	}

	@PostMapping("/logs/{log}/statements/{index}/retraction")
	String retract(@PathVariable String log, @PathVariable long index, @RequestParam String reason,
			@AuthenticationPrincipal RaqibUser user, Authentication auth, HttpServletRequest request, Locale locale,
			Model model, RedirectAttributes redirect) {
		try {
			this.statements.retract(log, index, reason, user, Actor.of(auth, request));
			redirect.addFlashAttribute("notice", "statement.retracted");
			return "redirect:/logs/" + log + "/statements";
		}
		catch (InvalidInput invalid) {
			return show(model, log, user, new StatementText(null, null, null, null), "",
					FormErrors.of(invalid, this.messages, locale));
		}
	}

	private String show(Model model, String log, RaqibUser user, StatementText form, String party, FormErrors errors) {
		List<String> authorable = this.reader.keys(log)
			.stream()
			.map(LogReader.PartyKey::party)
			.distinct()
			.filter(p -> Statements.mayAuthor(log, p, user))
			.toList();
		model.addAttribute("summary", this.reader.summary(log));
		model.addAttribute("statements", this.statements.list(log, user));
		model.addAttribute("authorable", authorable);
		model.addAttribute("form", form);
		model.addAttribute("party", party);
		model.addAttribute("errors", errors);
		return "record/statements";
	}

}
