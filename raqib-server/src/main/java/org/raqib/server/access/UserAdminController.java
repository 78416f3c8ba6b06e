package org.raqib.server.access;

import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.raqib.server.system.FormErrors;
import org.raqib.server.system.InvalidInput;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators' pages for users: list, create, enable or disable, reset a password, grant and revoke. */
@Controller
class UserAdminController {

	static final String USERS = "admin/users";

	static final String USER = "admin/user";

	private final UserAdministration users;

	private final PartyAdministration parties;

	private final MessageSource messages;

	UserAdminController(UserAdministration users, PartyAdministration parties, MessageSource messages) {
		this.users = users;
		this.parties = parties;
		this.messages = messages;
	}

	@GetMapping("/admin/users")
	String list(Model model) {
		return showList(model, new NewUser("", "", null, null, "", null), FormErrors.NONE);
	}

	@PostMapping("/admin/users")
	String create(@ModelAttribute NewUser form, Authentication auth, HttpServletRequest request, Locale locale,
			Model model, RedirectAttributes redirect) {
		try {
			var created = this.users.create(form, Actor.of(auth, request));
			redirect.addFlashAttribute("generatedPassword", created.generatedPassword());
			redirect.addFlashAttribute("notice", "user.created-notice");
			return "redirect:/admin/users/" + created.user().id();
		}
		catch (InvalidInput invalid) {
			return showList(model, form, FormErrors.of(invalid, this.messages, locale));
		}
	}

	@GetMapping("/admin/users/{id}")
	String show(@PathVariable UUID id, Model model) {
		return showUser(model, id, new GrantRequest(null, "", null), FormErrors.NONE);
	}

	@PostMapping("/admin/users/{id}/enabled")
	String setEnabled(@PathVariable UUID id, @RequestParam boolean enabled, Authentication auth,
			HttpServletRequest request, Locale locale, Model model, RedirectAttributes redirect) {
		try {
			this.users.setEnabled(id, enabled, Actor.of(auth, request));
			redirect.addFlashAttribute("notice", enabled ? "user.enabled-notice" : "user.disabled-notice");
			return "redirect:/admin/users/" + id;
		}
		catch (InvalidInput invalid) {
			return showUser(model, id, new GrantRequest(null, "", null), FormErrors.of(invalid, this.messages, locale));
		}
	}

	@PostMapping("/admin/users/{id}/password")
	String resetPassword(@PathVariable UUID id, Authentication auth, HttpServletRequest request,
			RedirectAttributes redirect) {
		redirect.addFlashAttribute("generatedPassword", this.users.resetPassword(id, Actor.of(auth, request)));
		redirect.addFlashAttribute("notice", "user.password-reset-notice");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/admin/users/{id}/grants")
	String grant(@PathVariable UUID id, @ModelAttribute GrantRequest form, Authentication auth,
			HttpServletRequest request, Locale locale, Model model, RedirectAttributes redirect) {
		try {
			this.users.grant(id, form, Actor.of(auth, request));
			redirect.addFlashAttribute("notice", "grant.added");
			return "redirect:/admin/users/" + id;
		}
		catch (InvalidInput invalid) {
			return showUser(model, id, form, FormErrors.of(invalid, this.messages, locale));
		}
	}

	@PostMapping("/admin/users/{id}/grants/{grantId}/revoke")
	String revoke(@PathVariable UUID id, @PathVariable UUID grantId, Authentication auth, HttpServletRequest request,
			Locale locale, Model model, RedirectAttributes redirect) {
		try {
			this.users.revoke(id, grantId, Actor.of(auth, request));
			redirect.addFlashAttribute("notice", "grant.removed");
			return "redirect:/admin/users/" + id;
		}
		catch (InvalidInput invalid) {
			return showUser(model, id, new GrantRequest(null, "", null), FormErrors.of(invalid, this.messages, locale));
		}
	}

	private String showList(Model model, NewUser form, FormErrors errors) {
		model.addAttribute("users", this.users.all());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("roles", Role.values());
		model.addAttribute("parties", this.parties.all());
		return USERS;
	}

	private String showUser(Model model, UUID id, GrantRequest form, FormErrors errors) {
		model.addAttribute("user", this.users.byId(id));
		model.addAttribute("grantForm", form);
		model.addAttribute("errors", errors);
		model.addAttribute("roles", Role.values());
		model.addAttribute("parties", this.parties.all());
		return USER;
	}

}
