package org.raqib.server.aid;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.raqib.server.access.RaqibUser;
import org.raqib.server.agreement.AgreementCompliance;
import org.raqib.server.agreement.compliance.AsOf;
import org.raqib.server.record.Response;
import org.raqib.server.record.Responses;
import org.raqib.server.record.Statements;
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

/** The aid pages: the crossing board with the daily quotas, each consignment, and the parties' answers to them. */
@Controller
class AidPages {

	private final AidRoom room;

	private final CrossingBoards boards;

	private final Consignments consignments;

	private final AgreementCompliance compliance;

	private final Responses responses;

	private final MessageSource messages;

	private final java.time.Clock clock;

	AidPages(AidRoom room, CrossingBoards boards, Consignments consignments, AgreementCompliance compliance,
			Responses responses, MessageSource messages, java.time.Clock clock) {
		this.room = room;
		this.boards = boards;
		this.consignments = consignments;
		this.compliance = compliance;
		this.responses = responses;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/agreements/{id}/aid")
	String board(@PathVariable String id, @RequestParam(required = false) @Nullable String day,
			@AuthenticationPrincipal RaqibUser user, Locale locale, Model model) {
		AidPage page = this.room.page(id, user, locale);
		LocalDate shown = day(id, day);
		model.addAttribute("page", page);
		model.addAttribute("board", this.boards.board(id, shown));
		model.addAttribute("previous", shown.minusDays(1));
		model.addAttribute("next", shown.plusDays(1));
		model.addAttribute("charts", QuotaChart.of(this.compliance.report(id, AsOf.latest(this.clock.instant())),
				page.arabic()));
		List<Consignment> latest = this.consignments.latest(id, 20);
		model.addAttribute("latest", latest);
		model.addAttribute("responses", this.responses.to(id, latest.stream()
			.flatMap(c -> java.util.stream.Stream.of(c.index(), c.stageIndex())).distinct().toList()));
		return "aid/board";
	}

	@GetMapping("/agreements/{id}/aid/consignments/{reference}")
	String consignment(@PathVariable String id, @PathVariable String reference, @AuthenticationPrincipal RaqibUser user,
			Locale locale, Model model) {
		AidPage page = this.room.page(id, user, locale);
		model.addAttribute("page", page);
		model.addAttribute("consignment", this.consignments.get(id, reference));
		model.addAttribute("cargo", this.consignments.cargo(id, reference));
		List<ConsignmentStep> steps = this.consignments.steps(id, reference);
		model.addAttribute("steps", steps);
		model.addAttribute("responses", this.responses.to(id, steps.stream().map(ConsignmentStep::index).toList()));
		model.addAttribute("respondFor", respondFor(user, page));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", FormErrors.NONE);
		}
		return "aid/consignment";
	}

	/** Confirms or disputes a consignment's step or a count, then goes back to the page it came from. */
	@PostMapping("/agreements/{id}/aid/responses")
	String respond(@PathVariable String id, @RequestParam long target, @RequestParam String party,
			@RequestParam String stance, @RequestParam(defaultValue = "") String note,
			@RequestParam(defaultValue = "") String link, @RequestParam(defaultValue = "") String back,
			@AuthenticationPrincipal RaqibUser user, Locale locale, RedirectAttributes redirect) {
		this.room.page(id, user, locale);
		String to = back.startsWith("/agreements/" + id + "/aid") && !back.contains("//") ? back : "/agreements/" + id + "/aid";
		try {
			Response.Stance chosen = "confirmed".equals(stance) ? Response.Stance.CONFIRMED : Response.Stance.DISPUTED;
			this.responses.respond(user, id, target, party, chosen, note, link);
			redirect.addFlashAttribute("notice", "aid.response.recorded");
		}
		catch (InvalidInput invalid) {
			redirect.addFlashAttribute("problems", FormErrors.of(invalid, this.messages, locale).byField().values().stream()
				.flatMap(List::stream).toList());
		}
		return "redirect:" + to;
	}

	/** The parties a user may answer for, as the record allows: a mediator any, a liaison its own. */
	static List<String> respondFor(RaqibUser user, AidPage page) {
		return page.partyNames().keySet().stream().filter(p -> Statements.mayAuthor(page.id(), p, user)).toList();
	}

	private LocalDate day(String id, @Nullable String day) {
		if (day == null || day.isBlank()) {
			return this.boards.defaultDay(id);
		}
		try {
			return LocalDate.parse(day.strip());
		}
		catch (DateTimeParseException ex) {
			return this.boards.defaultDay(id);
		}
	}

}
