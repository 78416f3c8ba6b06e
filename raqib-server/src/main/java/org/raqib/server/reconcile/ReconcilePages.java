package org.raqib.server.reconcile;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.raqib.server.access.RaqibUser;
import org.raqib.server.agreement.Agreements;
import org.raqib.server.record.RoomAccess;
import org.raqib.server.system.FormErrors;
import org.raqib.server.system.InvalidInput;
import org.raqib.server.system.NotFound;
import org.raqib.server.system.Rejected;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The reconciliation page: pick two lists and state why, see the pairs and the persons left alone, confirm
 * or reject each probable pair, export the result. Everything that names persons is posted, so names and
 * reasons never sit in a URL or a browser history.
 */
@Controller
class ReconcilePages {

	/** What the form asks: the two lists and the reason for reading their persons. */
	record Choice(String left, String right, String reason) {
	}

	private final Agreements agreements;

	private final ListReconciliation reconciliation;

	private final MessageSource messages;

	ReconcilePages(Agreements agreements, ListReconciliation reconciliation, MessageSource messages) {
		this.agreements = agreements;
		this.reconciliation = reconciliation;
		this.messages = messages;
	}

	@GetMapping("/agreements/{id}/reconcile")
	String form(@PathVariable String id, @RequestParam(defaultValue = "") String left,
			@RequestParam(defaultValue = "") String right, @AuthenticationPrincipal RaqibUser user, Model model) {
		return show(id, new Choice(left, right, ""), null, FormErrors.NONE, model, user);
	}

	/** Refused reads show the form again, with the refusal, answered 403; the store audits the refusal. */
	@PostMapping("/agreements/{id}/reconcile")
	String reconcile(@PathVariable String id, @RequestParam(defaultValue = "") String left,
			@RequestParam(defaultValue = "") String right, @RequestParam(defaultValue = "") String reason,
			@AuthenticationPrincipal RaqibUser user, Locale locale, Model model, HttpServletResponse response) {
		room(id, user);
		var choice = new Choice(left, right, reason);
		try {
			return show(id, choice, this.reconciliation.reconcile(user, id, left, right, reason), FormErrors.NONE, model, user);
		}
		catch (InvalidInput invalid) {
			return show(id, choice, null, FormErrors.of(invalid, this.messages, locale), model, user);
		}
		catch (Rejected rejected) {
			if (rejected.status() != HttpStatus.FORBIDDEN) {
				throw rejected;
			}
			response.setStatus(HttpStatus.FORBIDDEN.value());
			model.addAttribute("refused", true);
			return show(id, choice, null, FormErrors.NONE, model, user);
		}
	}

	@PostMapping("/agreements/{id}/reconcile/decisions")
	String decide(@PathVariable String id, @RequestParam(defaultValue = "") String left,
			@RequestParam(defaultValue = "") String right, @RequestParam(defaultValue = "") String reason,
			@RequestParam(defaultValue = "") String leftRef, @RequestParam(defaultValue = "") String rightRef,
			@RequestParam(defaultValue = "") String decision, @AuthenticationPrincipal RaqibUser user, Locale locale,
			Model model) {
		room(id, user);
		var choice = new Choice(left, right, reason);
		FormErrors errors = FormErrors.NONE;
		try {
			long index = this.reconciliation.decide(user, id, left, right, leftRef, rightRef, decision, reason);
			model.addAttribute("decidedIndex", index);
		}
		catch (InvalidInput invalid) {
			errors = FormErrors.of(invalid, this.messages, locale);
		}
		return show(id, choice, this.reconciliation.reconcile(user, id, left, right, reason), errors, model, user);
	}

	@PostMapping("/agreements/{id}/reconcile/export")
	ResponseEntity<byte[]> export(@PathVariable String id, @RequestParam(defaultValue = "") String left,
			@RequestParam(defaultValue = "") String right, @RequestParam(defaultValue = "") String reason,
			@AuthenticationPrincipal RaqibUser user) {
		room(id, user);
		ReconciledLists reconciled = this.reconciliation.reconcile(user, id, left, right, reason);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("reconcile-" + left + "-" + right + ".csv").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(ReconcileExport.csv(reconciled));
	}

	private String show(String id, Choice choice, @Nullable ReconciledLists result, FormErrors errors, Model model,
			RaqibUser user) {
		room(id, user);
		model.addAttribute("agreement", id);
		model.addAttribute("lists", this.reconciliation.reconcilable(id));
		model.addAttribute("choice", choice);
		model.addAttribute("result", result);
		model.addAttribute("errors", errors);
		return "reconcile/lists";
	}

	private void room(String id, RaqibUser user) {
		this.agreements.latest(id).orElseThrow(() -> new NotFound("agreement " + id));
		if (!RoomAccess.isRoomMember(user, id)) {
			throw new Rejected(HttpStatus.FORBIDDEN, "NOT_IN_THE_ROOM", "only the room of " + id + " reconciles its lists");
		}
	}

}
