package org.raqib.server.access;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.raqib.server.system.FormErrors;
import org.raqib.server.system.InvalidInput;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own account: grants held, and changing the password. */
@Controller
class AccountController {

	private final UserAdministration users;

	private final MessageSource messages;

	AccountController(UserAdministration users, MessageSource messages) {
		this.users = users;
		this.messages = messages;
	}

	@GetMapping("/account")
	String show(@AuthenticationPrincipal RaqibUser user, Model model) {
		return page(model, user, FormErrors.NONE);
	}

	@PostMapping("/account/password")
	String changePassword(@AuthenticationPrincipal RaqibUser user, @RequestParam String currentPassword,
			@RequestParam String newPassword, @RequestParam String confirmPassword, Authentication auth,
			HttpServletRequest request, Locale locale, Model model, RedirectAttributes redirect) {
		try {
			if (!newPassword.equals(confirmPassword)) {
				throw InvalidInput.of("confirmPassword", "account.password.mismatch");
			}
			this.users.changeOwnPassword(user.getUsername(), currentPassword, newPassword, Actor.of(auth, request));
			redirect.addFlashAttribute("notice", "account.password.changed");
			return "redirect:/account";
		}
		catch (InvalidInput invalid) {
			return page(model, user, FormErrors.of(invalid, this.messages, locale));
		}
	}

	private String page(Model model, RaqibUser user, FormErrors errors) {
		model.addAttribute("account", this.users.byId(user.id()));
		model.addAttribute("errors", errors);
		return "account";
	}

}
