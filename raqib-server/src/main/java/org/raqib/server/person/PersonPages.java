package org.raqib.server.person;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.raqib.server.access.PartyAdministration;
import org.raqib.server.access.RaqibUser;
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
 * The agreement's personal-data pages: the need-to-know grants and the read audit (administrators and
 * the agreement's mediators), and the restricted person search (room members with a grant).
 */
@Controller
class PersonPages {

	static final int AUDIT_PAGE = 50;

	static final int SEARCH_LIMIT = 100;

	/** The grant form as typed. */
	record GrantForm(String username, String party, String purpose) {
	}

	private final NeedToKnow needToKnow;

	private final PersonStore store;

	private final PersonReads reads;

	private final PersonKey key;

	private final PartyAdministration parties;

	private final MessageSource messages;

	PersonPages(NeedToKnow needToKnow, PersonStore store, PersonReads reads, PersonKey key,
			PartyAdministration parties, MessageSource messages) {
		this.needToKnow = needToKnow;
		this.store = store;
		this.reads = reads;
		this.key = key;
		this.parties = parties;
		this.messages = messages;
	}

	@GetMapping("/agreements/{id}/personal-data")
	String grants(@PathVariable String id, @AuthenticationPrincipal RaqibUser user, Model model) {
		checkAdministers(user, id);
		return showGrants(model, id, new GrantForm("", "*", Purpose.EXCHANGE.code()), FormErrors.NONE);
	}

	@PostMapping("/agreements/{id}/personal-data")
	String give(@PathVariable String id, @RequestParam(defaultValue = "") String username,
			@RequestParam(defaultValue = "*") String party, @RequestParam(defaultValue = "") String purpose,
			@AuthenticationPrincipal RaqibUser user, Locale locale, Model model, RedirectAttributes redirect) {
		checkAdministers(user, id);
		var form = new GrantForm(username, party, purpose);
		try {
			this.needToKnow.give(user, id, username, party, purpose(purpose));
			redirect.addFlashAttribute("notice", "person.grant.given");
			return "redirect:/agreements/" + id + "/personal-data";
		}
		catch (InvalidInput invalid) {
			return showGrants(model, id, form, FormErrors.of(invalid, this.messages, locale));
		}
	}

	@PostMapping("/agreements/{id}/personal-data/{grantId}/revoke")
	String revoke(@PathVariable String id, @PathVariable UUID grantId, @AuthenticationPrincipal RaqibUser user,
			RedirectAttributes redirect) {
		this.needToKnow.revoke(user, id, grantId);
		redirect.addFlashAttribute("notice", "person.grant.revoked");
		return "redirect:/agreements/" + id + "/personal-data";
	}

	@GetMapping("/agreements/{id}/personal-data/audit")
	String audit(@PathVariable String id, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal RaqibUser user, Model model) {
		checkAdministers(user, id);
		int current = Math.max(page, 0);
		List<PersonReads.PersonRead> entries = this.reads.page(id, current, AUDIT_PAGE + 1);
		model.addAttribute("agreement", id);
		model.addAttribute("entries", entries.subList(0, Math.min(entries.size(), AUDIT_PAGE)));
		model.addAttribute("page", current);
		model.addAttribute("hasNext", entries.size() > AUDIT_PAGE);
		return "person/audit";
	}

	/** The search form; the search itself is posted, so names and reasons never sit in a URL or a history. */
	@GetMapping("/agreements/{id}/persons")
	String searchForm(@PathVariable String id, @AuthenticationPrincipal RaqibUser user, Locale locale, Model model) {
		return search(id, "", "", "exchange", user, locale, model);
	}

	@org.springframework.web.bind.annotation.PostMapping("/agreements/{id}/persons")
	String search(@PathVariable String id, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "exchange") String purpose,
			@AuthenticationPrincipal RaqibUser user, Locale locale, Model model) {
		Purpose chosen = Purpose.EXCHANGE;
		FormErrors errors = FormErrors.NONE;
		List<PersonStore.Found> found = List.of();
		boolean noGrant = false;
		try {
			chosen = purpose(purpose);
			noGrant = this.needToKnow.readable(user, id, chosen).none();
			if (!q.isBlank()) {
				found = this.store.search(user, id, q, chosen, reason, SEARCH_LIMIT);
			}
		}
		catch (InvalidInput invalid) {
			errors = FormErrors.of(invalid, this.messages, locale);
		}
		catch (Rejected rejected) {
			noGrant = true;
		}
		model.addAttribute("agreement", id);
		model.addAttribute("q", q);
		model.addAttribute("reason", reason);
		model.addAttribute("purpose", chosen);
		model.addAttribute("purposes", Purpose.values());
		model.addAttribute("searched", !q.isBlank() && !errors.any() && !noGrant);
		model.addAttribute("found", found);
		model.addAttribute("noGrant", noGrant);
		model.addAttribute("noKey", !this.key.available());
		model.addAttribute("errors", errors);
		return "person/search";
	}

	private String showGrants(Model model, String id, GrantForm form, FormErrors errors) {
		model.addAttribute("agreement", id);
		model.addAttribute("grants", this.needToKnow.ofLog(id));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("parties", this.parties.all());
		model.addAttribute("purposes", Purpose.values());
		return "person/grants";
	}

	private void checkAdministers(RaqibUser user, String id) {
		if (!this.needToKnow.mayAdminister(user, id)) {
			throw new Rejected(HttpStatus.FORBIDDEN, "NOT_A_MEDIATOR",
					"only an administrator or a mediator of the agreement manages its personal data");
		}
	}

	static Purpose purpose(@Nullable String code) {
		for (Purpose p : Purpose.values()) {
			if (p.code().equals(code)) {
				return p;
			}
		}
		throw InvalidInput.of("purpose", "person.purpose.unknown");
	}

}
