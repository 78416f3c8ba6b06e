package org.raqib.server.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.raqib.server.access.RaqibUser;
import org.raqib.server.access.Role;
import org.raqib.server.record.LogReader;
import org.raqib.server.record.Response;
import org.raqib.server.record.Responses;
import org.raqib.server.system.FormErrors;
import org.raqib.server.system.InvalidInput;
import org.raqib.server.system.NotFound;
import org.raqib.server.system.Rejected;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An incident's page, and the forms on it: a step of the workflow, a merge, a breach, a party's answer. */
@Controller
class IncidentActions {

	private final IncidentPages pages;

	private final Incidents incidents;

	private final IncidentWorkflow workflow;

	private final Responses responses;

	private final LogReader reader;

	private final Attachments attachments;

	private final MessageSource messages;

	IncidentActions(IncidentPages pages, Incidents incidents, IncidentWorkflow workflow, Responses responses,
			LogReader reader, Attachments attachments, MessageSource messages) {
		this.pages = pages;
		this.incidents = incidents;
		this.workflow = workflow;
		this.responses = responses;
		this.reader = reader;
		this.attachments = attachments;
		this.messages = messages;
	}

	@GetMapping("/agreements/{id}/incidents/{index}")
	String show(@PathVariable String id, @PathVariable long index, @AuthenticationPrincipal RaqibUser user,
			Locale locale, Model model) {
		IncidentPage page = this.pages.page(id, user, locale);
		Incident incident = this.incidents.find(user, id, index).orElseThrow(() -> new NotFound("incident " + index));
		IncidentReport report = IncidentPayloads.Reported.read(this.reader.payload(id, index, user)
			.orElseThrow(() -> new NotFound("incident " + index))).report();
		boolean room = page.room();
		model.addAttribute("page", page);
		model.addAttribute("view", new IncidentView(incident, report,
				room ? this.incidents.history(id, index) : List.of(),
				room ? this.responses.to(id, index) : List.of(), room ? this.incidents.duplicatesOf(id, index) : List.of(),
				room ? this.workflow.suggestions(id, index) : List.of(), room ? next(user, id, incident) : List.of(),
				room && Duties.holdsAny(user, id, Duties.REVIEWERS) && !incident.merged(),
				room && user.holds(Role.MEDIATOR, id), room ? answering(user, page, incident) : List.of()));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", FormErrors.NONE);
		}
		return "incident/show";
	}

	@PostMapping("/agreements/{id}/incidents/{index}/steps")
	String step(@PathVariable String id, @PathVariable long index, @RequestParam String to,
			@RequestParam(required = false) @Nullable String note, @AuthenticationPrincipal RaqibUser user, Locale locale,
			Model model, RedirectAttributes redirect) {
		return act(id, index, user, locale, model, redirect, () -> this.workflow.step(user, id, index, IncidentStatus
			.ofCode(to).orElseThrow(() -> InvalidInput.of("step", "incident.code.unknown", to, Codes.list(IncidentStatus.class))),
				note));
	}

	@PostMapping("/agreements/{id}/incidents/{index}/duplicate")
	String merge(@PathVariable String id, @PathVariable long index, @RequestParam(defaultValue = "") String original,
			@RequestParam(required = false) @Nullable String note, @AuthenticationPrincipal RaqibUser user, Locale locale,
			Model model, RedirectAttributes redirect) {
		return act(id, index, user, locale, model, redirect,
				() -> this.workflow.merge(user, id, index, number("original", original), note));
	}

	@PostMapping("/agreements/{id}/incidents/{index}/breaches")
	String breach(@PathVariable String id, @PathVariable long index, @RequestParam(defaultValue = "") String obligation,
			@RequestParam(required = false) @Nullable String note, @AuthenticationPrincipal RaqibUser user, Locale locale,
			Model model, RedirectAttributes redirect) {
		return act(id, index, user, locale, model, redirect,
				() -> this.workflow.confirmBreach(user, id, index, obligation, note));
	}

	@PostMapping("/agreements/{id}/incidents/{index}/responses")
	String respond(@PathVariable String id, @PathVariable long index, @RequestParam(defaultValue = "") String party,
			@RequestParam(defaultValue = "") String stance, @RequestParam(required = false) @Nullable String note,
			@RequestParam(required = false) @Nullable String link, @AuthenticationPrincipal RaqibUser user, Locale locale,
			Model model, RedirectAttributes redirect) {
		return act(id, index, user, locale, model, redirect, () -> {
			this.incidents.find(user, id, index).orElseThrow(() -> new NotFound("incident " + index));
			boolean dispute = "disputed".equals(stance);
			if (dispute && (note == null || note.isBlank())) {
				throw InvalidInput.of("note", "incident.dispute.reasons");
			}
			return this.responses.respond(user, id, index, party,
					dispute ? Response.Stance.DISPUTED : Response.Stance.CONFIRMED, note, link);
		});
	}

	@GetMapping("/agreements/{id}/incidents/{index}/attachments/{n}")
	ResponseEntity<byte[]> attachment(@PathVariable String id, @PathVariable long index, @PathVariable int n,
			@AuthenticationPrincipal RaqibUser user) {
		byte[] payload = this.reader.payload(id, index, user).orElseThrow(() -> new NotFound("incident " + index));
		List<IncidentReport.Attachment> files = IncidentPayloads.Reported.read(payload).report().attachments();
		if (n < 1 || n > files.size()) {
			throw new NotFound("attachment " + n);
		}
		IncidentReport.Attachment file = files.get(n - 1);
		byte[] bytes = this.attachments.read(file.sha256()).orElseThrow(() -> new NotFound("attachment " + n));
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.sha256() + "\"")
			.header("X-Content-Type-Options", "nosniff").body(bytes);
	}

	private String act(String id, long index, RaqibUser user, Locale locale, Model model, RedirectAttributes redirect,
			Runnable action) {
		this.pages.roomPage(id, user, locale);
		try {
			action.run();
			redirect.addFlashAttribute("notice", "incident.step.recorded");
			return "redirect:/agreements/" + id + "/incidents/" + index;
		}
		catch (InvalidInput invalid) {
			model.addAttribute("errors", FormErrors.of(invalid, this.messages, locale));
			return show(id, index, user, locale, model);
		}
	}

	private String act(String id, long index, RaqibUser user, Locale locale, Model model, RedirectAttributes redirect,
			java.util.function.Supplier<?> action) {
		return act(id, index, user, locale, model, redirect, (Runnable) action::get);
	}

	private static List<IncidentStatus> next(RaqibUser user, String id, Incident incident) {
		var steps = new ArrayList<IncidentStatus>();
		for (IncidentStatus s : IncidentStatus.values()) {
			if (s.from().contains(incident.status()) && Duties.holdsAny(user, id, Duties.rolesFor(s))
					&& IncidentRules.step(incident, s, user.getUsername()) == null) {
				steps.add(s);
			}
		}
		return steps;
	}

	private static List<String> answering(RaqibUser user, IncidentPage page, Incident incident) {
		return page.agreementParties().stream().filter(p -> !p.equals(incident.party()))
			.filter(p -> user.holds(Role.MEDIATOR, page.id()) || user.grants().stream()
				.anyMatch(g -> g.role() == Role.PARTY_LIAISON && g.covers(page.id()) && p.equals(g.party())))
			.toList();
	}

	private static long number(String field, String text) {
		try {
			return Long.parseLong(text.strip().replace("#", ""));
		}
		catch (NumberFormatException ex) {
			throw InvalidInput.of(field, "incident.number.invalid", text);
		}
	}

}
