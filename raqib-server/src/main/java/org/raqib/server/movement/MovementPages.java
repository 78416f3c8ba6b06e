package org.raqib.server.movement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.raqib.server.access.Parties;
import org.raqib.server.access.RaqibUser;
import org.raqib.server.agreement.Agreements;
import org.raqib.server.record.Response;
import org.raqib.server.record.Responses;
import org.raqib.server.record.RoomAccess;
import org.raqib.server.system.FormErrors;
import org.raqib.server.system.InvalidInput;
import org.raqib.server.system.NotFound;
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

/** The movement board of a day, the quick capture form, and the forms for other sources' counts and answers. */
@Controller
class MovementPages {

	record CountForm(String party, String passage, String direction, String category, String count, String mode,
			String from, String to) {
	}

	record SourceForm(String party, String source, String sourceKind, String link, String passage, String direction,
			String category, String count, String day, String note) {
	}

	record ResponseForm(String target, String party, String stance, String note) {
	}

	private final Agreements agreements;

	private final Parties parties;

	private final MovementRooms rooms;

	private final MovementViews views;

	private final CrossingMovements movements;

	private final CompetingCounts competing;

	private final Responses responses;

	private final MessageSource messages;

	private final Clock clock;

	MovementPages(Agreements agreements, Parties parties, MovementRooms rooms, MovementViews views,
			CrossingMovements movements, CompetingCounts competing, Responses responses, MessageSource messages,
			Clock clock) {
		this.agreements = agreements;
		this.parties = parties;
		this.rooms = rooms;
		this.views = views;
		this.movements = movements;
		this.competing = competing;
		this.responses = responses;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/agreements/{id}/movement")
	String board(@PathVariable String id, @RequestParam(required = false) @Nullable String day,
			@RequestParam java.util.Map<String, String> prefill, @AuthenticationPrincipal RaqibUser user, Locale locale,
			Model model) {
		MovementPage page = page(id, user, locale);
		LocalDate shown = day == null || day.isBlank() ? this.views.days(id).stream().findFirst()
			.orElse(page.room().day(this.clock.instant())) : MovementInput.day("day", day);
		MovementBoard board = this.views.board(id, shown, locale.getLanguage());
		model.addAttribute("page", page);
		model.addAttribute("board", board);
		model.addAttribute("answers", this.responses.to(id, targets(board)));
		model.addAttribute("categories", MovementCategory.values());
		model.addAttribute("sourceKinds", SourceKind.values());
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", FormErrors.NONE);
			// A draft from another module (a news claim) opens this form prefilled through the query.
			model.addAttribute("source", new SourceForm(first(page), prefill.getOrDefault("source", ""),
					prefill.getOrDefault("sourceKind", ""), prefill.getOrDefault("link", ""),
					prefill.getOrDefault("passage", ""), prefill.getOrDefault("direction", "out"),
					prefill.getOrDefault("category", "patient"), prefill.getOrDefault("count", ""), shown.toString(),
					prefill.getOrDefault("note", "")));
			model.addAttribute("answer", new ResponseForm("", first(page), "confirmed", ""));
		}
		return "movement/board";
	}

	@GetMapping("/agreements/{id}/movement/capture")
	String capture(@PathVariable String id, @AuthenticationPrincipal RaqibUser user, Locale locale, Model model) {
		MovementPage page = page(id, user, locale);
		model.addAttribute("page", page);
		model.addAttribute("categories", MovementCategory.values());
		if (!model.containsAttribute("errors")) {
			Instant now = this.clock.instant();
			model.addAttribute("errors", FormErrors.NONE);
			model.addAttribute("form", new CountForm(first(page), "", "out", "patient", "", "",
					page.input(now.minusSeconds(3600)), page.input(now)));
		}
		return "movement/capture";
	}

	@PostMapping("/agreements/{id}/movement/counts")
	String count(@PathVariable String id, CountForm form, @AuthenticationPrincipal RaqibUser user, Locale locale,
			Model model, RedirectAttributes redirect) {
		MovementPage page = page(id, user, locale);
		try {
			Instant from = page.time("from", form.from());
			this.movements.record(user, id, new CrossingMovements.CountRequest(form.party(),
					MovementInput.passage(form.passage()), MovementInput.direction(form.direction()),
					MovementInput.category(form.category()), MovementInput.count(form.count()),
					MovementInput.mode(form.mode()), from, page.time("to", form.to())));
			redirect.addFlashAttribute("notice", "movement.count.recorded");
			return "redirect:/agreements/" + id + "/movement/capture";
		}
		catch (InvalidInput invalid) {
			model.addAttribute("errors", FormErrors.of(invalid, this.messages, locale));
			model.addAttribute("form", form);
			return capture(id, user, locale, model);
		}
	}

	@PostMapping("/agreements/{id}/movement/reported-counts")
	String reported(@PathVariable String id, SourceForm form, @AuthenticationPrincipal RaqibUser user, Locale locale,
			Model model, RedirectAttributes redirect) {
		page(id, user, locale);
		try {
			LocalDate day = MovementInput.day("day", form.day());
			this.competing.record(user, id, new CompetingCounts.Report(form.party(), form.source(),
					MovementInput.sourceKind(form.sourceKind()), form.link(), MovementInput.passage(form.passage()),
					MovementInput.direction(form.direction()), MovementInput.category(form.category()),
					MovementInput.count(form.count()), day, form.note()));
			redirect.addFlashAttribute("notice", "movement.source.recorded");
			return "redirect:/agreements/" + id + "/movement?day=" + day;
		}
		catch (InvalidInput invalid) {
			model.addAttribute("errors", FormErrors.of(invalid, this.messages, locale));
			model.addAttribute("source", form);
			model.addAttribute("answer", new ResponseForm("", form.party(), "confirmed", ""));
			return board(id, form.day(), java.util.Map.of(), user, locale, model);
		}
	}

	@PostMapping("/agreements/{id}/movement/responses")
	String respond(@PathVariable String id, ResponseForm form, @RequestParam(defaultValue = "") String day,
			@AuthenticationPrincipal RaqibUser user, Locale locale, Model model, RedirectAttributes redirect) {
		page(id, user, locale);
		try {
			this.responses.respond(user, id, MovementInput.count(form.target()), form.party(),
					"disputed".equals(form.stance()) ? Response.Stance.DISPUTED : Response.Stance.CONFIRMED, form.note(),
					null);
			redirect.addFlashAttribute("notice", "movement.answer.recorded");
			return "redirect:/agreements/" + id + "/movement" + (day.isBlank() ? "" : "?day=" + day);
		}
		catch (InvalidInput invalid) {
			model.addAttribute("errors", FormErrors.of(invalid, this.messages, locale));
			model.addAttribute("answer", form);
			model.addAttribute("source", new SourceForm(form.party(), "", "", "", "", "out", "patient", "", day, ""));
			return board(id, day, java.util.Map.of(), user, locale, model);
		}
	}

	private static List<Long> targets(MovementBoard board) {
		var targets = new java.util.ArrayList<Long>();
		board.passages().forEach(p -> p.rows().forEach(r -> {
			r.counts().forEach(c -> targets.add(c.index()));
			r.competing().forEach(c -> targets.add(c.count().index()));
		}));
		return targets;
	}

	private static String first(MovementPage page) {
		return page.recordingFor().isEmpty() ? "" : page.recordingFor().get(0);
	}

	private MovementPage page(String id, RaqibUser user, Locale locale) {
		if (!RoomAccess.isRoomMember(user, id)) {
			throw new Rejected(HttpStatus.FORBIDDEN, "NOT_IN_THE_ROOM", "only the room of " + id + " sees its movement");
		}
		var version = this.agreements.latest(id).orElseThrow(() -> new NotFound("agreement " + id));
		MovementRoom room = this.rooms.of(id);
		List<String> recording = version.definition().parties().stream().map(p -> p.party())
			.filter(p -> RecordingParty.mayRecordFor(user, id, p)).toList();
		return MovementPage.of(id, version.definition().name().in(locale.getLanguage()), room, this.parties.all(),
				locale, recording);
	}

}
