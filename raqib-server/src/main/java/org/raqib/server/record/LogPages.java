package org.raqib.server.record;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The record's pages: the logs, a log's latest entries, one entry with its receipt and history, the keys. */
@Controller
class LogPages {

	static final int LATEST = 100;

	private final LogReader reader;

	private final LogAdministration administration;

	private final Revisions revisions;

	private final MessageSource messages;

	private final Responses responses;

	private final org.springframework.beans.factory.ObjectProvider<EntryRemarks> remarks;

	LogPages(LogReader reader, LogAdministration administration, Revisions revisions, MessageSource messages,
			Responses responses, org.springframework.beans.factory.ObjectProvider<EntryRemarks> remarks) {
		this.remarks = remarks;
		this.reader = reader;
		this.administration = administration;
		this.revisions = revisions;
		this.messages = messages;
		this.responses = responses;
	}

	@GetMapping("/logs")
	String logs(Model model) {
		return showLogs(model, "", "", FormErrors.NONE);
	}

	@PostMapping("/logs")
	String create(@RequestParam String id, @RequestParam String parties, Authentication auth,
			HttpServletRequest request, Locale locale, Model model, RedirectAttributes redirect) {
		try {
			LogInfo log = this.administration.create(new NewLog(id, parseParties(parties)), Actor.of(auth, request));
			redirect.addFlashAttribute("notice", "log.created");
			return "redirect:/logs/" + log.id();
		}
		catch (InvalidInput invalid) {
			return showLogs(model, id, parties, FormErrors.of(invalid, this.messages, locale));
		}
	}

	@GetMapping("/logs/{log}")
	String log(@PathVariable String log, Model model) {
		model.addAttribute("summary", this.reader.summary(log));
		model.addAttribute("entries", this.reader.latest(log, LATEST));
		return "record/log";
	}

	@GetMapping("/logs/{log}/entries/{index}")
	String entry(@PathVariable String log, @PathVariable long index, @AuthenticationPrincipal RaqibUser user,
			Model model) {
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", FormErrors.NONE);
		}
		model.addAttribute("responses", this.responses.to(log, index));
		model.addAttribute("roomMember", RoomAccess.isRoomMember(user, log));
		model.addAttribute("respondFor", this.reader.keys(log)
			.stream()
			.map(LogReader.PartyKey::party)
			.distinct()
			.filter(p -> Statements.mayAuthor(log, p, user))
			.toList());
		RecordedEntry entry = this.reader.entry(log, index);
		model.addAttribute("summary", this.reader.summary(log));
		model.addAttribute("entry", entry);
		model.addAttribute("note", new String(this.reader.leaf(log, index), StandardCharsets.UTF_8));
		model.addAttribute("payload", this.reader.payload(log, index, user)
			.map(p -> new String(p, StandardCharsets.UTF_8))
			.orElse(null));
		model.addAttribute("history", this.revisions.history(log, index));
		model.addAttribute("remarks", this.remarks.orderedStream().flatMap(r -> r.about(log, index, user).stream())
			.toList());
		return "record/entry";
	}

	@PostMapping("/logs/{log}/entries/{index}/responses")
	String respond(@PathVariable String log, @PathVariable long index, @RequestParam String party,
			@RequestParam String stance, @RequestParam(defaultValue = "") String note,
			@RequestParam(defaultValue = "") String link, @AuthenticationPrincipal RaqibUser user, Locale locale,
			Model model, RedirectAttributes redirect) {
		try {
			Response.Stance chosen = "confirmed".equals(stance) ? Response.Stance.CONFIRMED : Response.Stance.DISPUTED;
			this.responses.respond(user, log, index, party, chosen, note, link);
			redirect.addFlashAttribute("notice", "response.recorded");
			return "redirect:/logs/" + log + "/entries/" + index;
		}
		catch (InvalidInput invalid) {
			model.addAttribute("errors", FormErrors.of(invalid, this.messages, locale));
			return entry(log, index, user, model);
		}
	}

	@GetMapping("/logs/{log}/keys")
	String keys(@PathVariable String log, Model model) {
		model.addAttribute("summary", this.reader.summary(log));
		model.addAttribute("keys", this.reader.keys(log));
		model.addAttribute("baseUrl",
				org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
		return "record/keys";
	}

	private String showLogs(Model model, String id, String parties, FormErrors errors) {
		model.addAttribute("logs", this.reader.logs());
		model.addAttribute("newId", id);
		model.addAttribute("newParties", parties);
		model.addAttribute("errors", errors);
		return "record/logs";
	}

	/** One party per line: its code, then its roles ({@code egypt mediator}). */
	static List<NewLog.LogParty> parseParties(String text) {
		var parties = new ArrayList<NewLog.LogParty>();
		for (String line : text.split("\\R")) {
			String[] words = line.strip().split("[\\s,:]+");
			if (words.length > 0 && !words[0].isEmpty()) {
				parties.add(new NewLog.LogParty(words[0], List.of(words).subList(1, words.length)));
			}
		}
		return parties;
	}

}
