package org.raqib.server.access;

import java.util.Locale;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators' pages for parties: list, register, correct names, deactivate. */
@Controller
class PartyAdminController {

	private final PartyAdministration parties;

	private final MessageSource messages;

	PartyAdminController(PartyAdministration parties, MessageSource messages) {
		this.parties = parties;
		this.messages = messages;
	}

	@GetMapping("/admin/parties")
	String list(Model model) {
		return showList(model, new PartyDetails("", "", "", true), FormErrors.NONE);
	}

	@PostMapping("/admin/parties")
	String register(@ModelAttribute PartyDetails form, Authentication auth, HttpServletRequest request, Locale locale,
			Model model, RedirectAttributes redirect) {
		try {
			this.parties.register(form, Actor.of(auth, request));
			redirect.addFlashAttribute("notice", "party.created");
			return "redirect:/admin/parties";
		}
		catch (InvalidInput invalid) {
			return showList(model, form, FormErrors.of(invalid, this.messages, locale));
		}
	}

	@GetMapping("/admin/parties/{code}")
	String show(@PathVariable String code, Model model) {
		Party party = this.parties.byCode(code);
		return showParty(model, party, new PartyDetails(party.code(), party.nameAr(), party.nameEn(), party.active()),
				FormErrors.NONE);
	}

	@PostMapping("/admin/parties/{code}")
	String update(@PathVariable String code, @ModelAttribute PartyDetails form, Authentication auth,
			HttpServletRequest request, Locale locale, Model model, RedirectAttributes redirect) {
		try {
			this.parties.update(code, form, Actor.of(auth, request));
			redirect.addFlashAttribute("notice", "party.updated");
			return "redirect:/admin/parties";
		}
		catch (InvalidInput invalid) {
			return showParty(model, this.parties.byCode(code), form, FormErrors.of(invalid, this.messages, locale));
		}
	}

	private String showList(Model model, PartyDetails form, FormErrors errors) {
		model.addAttribute("parties", this.parties.all());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "admin/parties";
	}

	private String showParty(Model model, Party party, PartyDetails form, FormErrors errors) {
		model.addAttribute("party", party);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "admin/party";
	}

}
