package org.raqib.server.aid;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.raqib.server.access.RaqibUser;
import org.raqib.server.record.Responses;
import org.raqib.server.system.FormErrors;
import org.raqib.server.system.InvalidInput;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The competing counts: each source's figure beside the room's own, and the form that records one. */
@Controller
class CountPages {

	record CountForm(String party, String date, String crossing, String stage, String trucks, String source,
			String sourceType, String link) {
	}

	private final AidRoom room;

	private final CompetingCounts counts;

	private final Responses responses;

	private final MessageSource messages;

	private final Clock clock;

	CountPages(AidRoom room, CompetingCounts counts, Responses responses, MessageSource messages, Clock clock) {
		this.room = room;
		this.counts = counts;
		this.responses = responses;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/agreements/{id}/aid/counts")
	String counts(@PathVariable String id, @RequestParam java.util.Map<String, String> prefill,
			@AuthenticationPrincipal RaqibUser user, Locale locale, Model model) {
		AidPage page = this.room.page(id, user, locale);
		List<CompetingCounts.Comparison> rows = this.counts.compare(id);
		model.addAttribute("page", page);
		model.addAttribute("rows", rows);
		model.addAttribute("responses", this.responses.to(id, rows.stream()
			.flatMap(r -> r.sources().stream().map(s -> s.count().index())).toList()));
		model.addAttribute("respondFor", AidPages.respondFor(user, page));
		model.addAttribute("stages", List.of(Stage.values()));
		model.addAttribute("sourceTypes", List.of(Codes.SourceType.values()).stream().map(Codes::code).toList());
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", FormErrors.NONE);
			// A draft from another module (a news claim) opens this form prefilled through the query.
			model.addAttribute("count", new CountForm(page.actingFor().isEmpty() ? "" : page.actingFor().get(0),
					prefill.getOrDefault("date", LocalDate.now(this.clock.withZone(page.zone())).toString()),
					prefill.getOrDefault("crossing", CompetingCounts.ALL_CROSSINGS), prefill.getOrDefault("stage", "crossed"),
					prefill.getOrDefault("trucks", ""), prefill.getOrDefault("source", ""),
					prefill.getOrDefault("sourceType", "un-office"), prefill.getOrDefault("link", "")));
		}
		return "aid/counts";
	}

	@PostMapping("/agreements/{id}/aid/counts")
	String report(@PathVariable String id, CountForm form, @AuthenticationPrincipal RaqibUser user, Locale locale,
			Model model, RedirectAttributes redirect) {
		this.room.page(id, user, locale);
		try {
			this.counts.report(user, id, form.party(), new CompetingCounts.NewCount(date(form.date()), form.crossing(),
					form.stage(), CapturePages.number("trucks", form.trucks()), form.source(), form.sourceType(),
					form.link()));
			redirect.addFlashAttribute("notice", "aid.count.recorded");
			return "redirect:/agreements/" + id + "/aid/counts";
		}
		catch (InvalidInput invalid) {
			model.addAttribute("errors", FormErrors.of(invalid, this.messages, locale));
			model.addAttribute("count", form);
			return counts(id, java.util.Map.of(), user, locale, model);
		}
	}

	private static LocalDate date(String text) {
		try {
			return LocalDate.parse(text == null ? "" : text.strip());
		}
		catch (DateTimeParseException ex) {
			throw InvalidInput.of("date", "aid.form.not-date");
		}
	}

}
