package org.raqib.server.access;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A user's own API tokens: issue (the secret shown once), list, revoke. */
@Controller
class TokenController {

	private final ApiTokens tokens;

	private final MessageSource messages;

	private final Clock clock;

	TokenController(ApiTokens tokens, MessageSource messages, Clock clock) {
		this.tokens = tokens;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/tokens")
	String list(@AuthenticationPrincipal RaqibUser user, Model model) {
		return show(model, user, new ApiTokens.TokenRequest("", 90), FormErrors.NONE);
	}

	@PostMapping("/tokens")
	String issue(@AuthenticationPrincipal RaqibUser user, @ModelAttribute ApiTokens.TokenRequest form,
			Authentication auth, HttpServletRequest request, Locale locale, Model model, RedirectAttributes redirect) {
		try {
			var issued = this.tokens.issue(user, form, Actor.of(auth, request));
			redirect.addFlashAttribute("secret", issued.secret());
			return "redirect:/tokens";
		}
		catch (InvalidInput invalid) {
			return show(model, user, form, FormErrors.of(invalid, this.messages, locale));
		}
	}

	@PostMapping("/tokens/{id}/revoke")
	String revoke(@AuthenticationPrincipal RaqibUser user, @PathVariable UUID id, Authentication auth,
			HttpServletRequest request, RedirectAttributes redirect) {
		this.tokens.revoke(id, user, Actor.of(auth, request));
		redirect.addFlashAttribute("notice", "token.revoked");
		return "redirect:/tokens";
	}

	private String show(Model model, RaqibUser user, ApiTokens.TokenRequest form, FormErrors errors) {
		model.addAttribute("tokens", this.tokens.of(user.id()));
		model.addAttribute("now", this.clock.instant());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "tokens";
	}

}
