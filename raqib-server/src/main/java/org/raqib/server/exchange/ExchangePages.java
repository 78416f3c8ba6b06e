package org.raqib.server.exchange;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.raqib.server.access.Parties;
import org.raqib.server.access.RaqibUser;
import org.raqib.server.access.Role;
import org.raqib.server.agreement.Agreements;
import org.raqib.server.person.PersonRef;
import org.raqib.server.record.RoomAccess;
import org.raqib.server.system.Rejected;
import org.springframework.http.HttpStatus;
import org.raqib.server.system.FormErrors;
import org.raqib.server.system.InvalidInput;
import org.raqib.server.system.NotFound;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The exchange pages: the rounds' timeline, each round, each list; and the forms that record them. */
@Controller
class ExchangePages {

	private final Agreements agreements;

	private final Parties parties;

	private final ReleaseRounds rounds;

	private final ExchangeLists lists;

	private final PersonPaths paths;

	private final ExchangeViews views;

	private final MessageSource messages;

	ExchangePages(Agreements agreements, Parties parties, ReleaseRounds rounds, ExchangeLists lists, PersonPaths paths,
			ExchangeViews views, MessageSource messages) {
		this.agreements = agreements;
		this.parties = parties;
		this.rounds = rounds;
		this.lists = lists;
		this.paths = paths;
		this.views = views;
		this.messages = messages;
	}

	@GetMapping("/agreements/{id}/exchange")
	String timeline(@PathVariable String id, @AuthenticationPrincipal RaqibUser user, Locale locale, Model model) {
		PageContext page = page(id, user, locale);
		model.addAttribute("page", page);
		model.addAttribute("rounds", this.views.timeline(id));
		model.addAttribute("lists", this.lists.all(id));
		model.addAttribute("cumulative", this.views.cumulative(id));
		model.addAttribute("mayPlan", user.holds(Role.MEDIATOR, id));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", FormErrors.NONE);
			model.addAttribute("plan", new PlanForm(String.valueOf(this.rounds.all(id).size() + 1), "", "",
					page.roles().intermediaries().stream().sorted().findFirst().orElse("")));
		}
		return "exchange/rounds";
	}

	record PlanForm(String round, String plannedAt, String place, String intermediary) {
	}

	@PostMapping("/agreements/{id}/exchange/rounds")
	String plan(@PathVariable String id, PlanForm form, @AuthenticationPrincipal RaqibUser user, Locale locale,
			Model model, RedirectAttributes redirect) {
		PageContext page = page(id, user, locale);
		try {
			int round = number("round", form.round());
			this.rounds.plan(user, id, new ReleaseRounds.Plan(round, page.required("plannedAt", form.plannedAt()),
					form.place(), form.intermediary()));
			redirect.addFlashAttribute("notice", "exchange.round.planned");
			return "redirect:/agreements/" + id + "/exchange/rounds/" + round;
		}
		catch (InvalidInput invalid) {
			model.addAttribute("errors", FormErrors.of(invalid, this.messages, locale));
			model.addAttribute("plan", form);
			return timeline(id, user, locale, model);
		}
	}

	@GetMapping("/agreements/{id}/exchange/rounds/{n}")
	String round(@PathVariable String id, @PathVariable int n, @RequestParam java.util.Map<String, String> prefill,
			@AuthenticationPrincipal RaqibUser user, Locale locale, Model model) {
		PageContext page = page(id, user, locale);
		model.addAttribute("page", page);
		model.addAttribute("view", this.views.round(id, n));
		model.addAttribute("mayPlan", user.holds(Role.MEDIATOR, id));
		if (!model.containsAttribute("retracting")) {
			model.addAttribute("retracting", -1L);
		}
		model.addAttribute("steps", Arrays.stream(PathStep.values()).filter(s -> s != PathStep.LISTED).toList());
		model.addAttribute("states", List.of(RoundState.IN_PROGRESS, RoundState.COMPLETED, RoundState.DELAYED,
				RoundState.CANCELLED));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", FormErrors.NONE);
			model.addAttribute("status", new StatusForm("", "", "", ""));
			// A draft from another module (a news claim) opens the step form prefilled through the query.
			model.addAttribute("step", new StepForm(prefill.getOrDefault("step", ""),
					page.actingFor().isEmpty() ? "" : page.actingFor().get(0), "", "", "",
					prefill.getOrDefault("occurredAt", ""), "", ""));
		}
		return "exchange/round";
	}

	record StatusForm(String status, String occurredAt, String plannedAt, String reason) {
	}

	@PostMapping("/agreements/{id}/exchange/rounds/{n}/status")
	String status(@PathVariable String id, @PathVariable int n, StatusForm form, @AuthenticationPrincipal RaqibUser user,
			Locale locale, Model model, RedirectAttributes redirect) {
		PageContext page = page(id, user, locale);
		try {
			RoundState state = RoundState.ofCode(form.status())
				.filter(s -> s != RoundState.PLANNED)
				.orElseThrow(() -> InvalidInput.of("status", "exchange.form.required"));
			this.rounds.changeStatus(user, id, n, new ReleaseRounds.StatusChange(state,
					page.required("occurredAt", form.occurredAt()), page.optional("plannedAt", form.plannedAt()),
					form.reason()));
			redirect.addFlashAttribute("notice", "exchange.round.status.recorded");
			return "redirect:/agreements/" + id + "/exchange/rounds/" + n;
		}
		catch (InvalidInput invalid) {
			model.addAttribute("errors", FormErrors.of(invalid, this.messages, locale));
			model.addAttribute("status", form);
			model.addAttribute("step", new StepForm("", "", "", "", "", "", "", ""));
			return round(id, n, java.util.Map.of(), user, locale, model);
		}
	}

	/**
	 * @param custodian whose persons; with {@code persons} blank, every one of theirs in the round who can take
	 * the step.
	 */
	record StepForm(String step, String party, String custodian, String persons, String joined, String occurredAt,
			String place, String reason) {
	}

	@PostMapping("/agreements/{id}/exchange/rounds/{n}/steps")
	String step(@PathVariable String id, @PathVariable int n, StepForm form, @AuthenticationPrincipal RaqibUser user,
			Locale locale, Model model, RedirectAttributes redirect) {
		PageContext page = page(id, user, locale);
		try {
			PathStep step = PathStep.ofCode(form.step())
				.orElseThrow(() -> InvalidInput.of("step", "exchange.form.required"));
			var request = new PersonPaths.StepRequest(step, n, form.party(), persons(id, n, step, form), page.required(
					"occurredAt", form.occurredAt()), form.place(), form.reason(),
					form.joined().isBlank() ? null : (long) number("joined", form.joined()));
			long index = this.paths.record(user, id, request).index();
			redirect.addFlashAttribute("notice", "exchange.step.recorded");
			return "redirect:/agreements/" + id + "/exchange/rounds/" + n + "#entry-" + index;
		}
		catch (InvalidInput invalid) {
			model.addAttribute("errors", FormErrors.of(invalid, this.messages, locale));
			model.addAttribute("step", form);
			model.addAttribute("status", new StatusForm("", "", "", ""));
			return round(id, n, java.util.Map.of(), user, locale, model);
		}
	}

	@PostMapping("/agreements/{id}/exchange/rounds/{n}/steps/{index}/retraction")
	String retract(@PathVariable String id, @PathVariable int n, @PathVariable long index,
			@RequestParam(defaultValue = "") String reason, @AuthenticationPrincipal RaqibUser user, Locale locale,
			Model model, RedirectAttributes redirect) {
		page(id, user, locale);
		try {
			this.paths.retract(user, id, index, reason);
			redirect.addFlashAttribute("notice", "exchange.step.retracted");
			return "redirect:/agreements/" + id + "/exchange/rounds/" + n + "#entry-" + index;
		}
		catch (InvalidInput invalid) {
			model.addAttribute("errors", FormErrors.of(invalid, this.messages, locale));
			model.addAttribute("status", new StatusForm("", "", "", ""));
			model.addAttribute("step", new StepForm("", "", "", "", "", "", "", ""));
			model.addAttribute("retracting", index);
			return round(id, n, java.util.Map.of(), user, locale, model);
		}
	}

	@GetMapping("/agreements/{id}/exchange/lists/{listId}")
	String list(@PathVariable String id, @PathVariable String listId, @AuthenticationPrincipal RaqibUser user,
			Locale locale, Model model) {
		model.addAttribute("page", page(id, user, locale));
		model.addAttribute("list", this.lists.get(id, listId));
		model.addAttribute("members", this.lists.members(id, listId));
		return "exchange/list";
	}

	/** The persons a step form names, or all of the custodian's persons in the round the step applies to. */
	private List<PersonRef> persons(String id, int round, PathStep step, StepForm form) {
		if (!form.persons().isBlank()) {
			try {
				return Arrays.stream(form.persons().strip().split("[\\s,;]+")).map(PersonRef::new).toList();
			}
			catch (IllegalArgumentException ex) {
				throw InvalidInput.of("persons", "exchange.person.ref.invalid");
			}
		}
		if (form.custodian().isBlank()) {
			throw InvalidInput.of("persons", "exchange.step.persons.required");
		}
		List<PersonRef> eligible = this.lists.ofRound(id, round)
			.stream()
			.filter(m -> m.party().equals(form.custodian()) && step.after().contains(m.status()))
			.map(ListMember::ref)
			.toList();
		if (eligible.isEmpty()) {
			throw InvalidInput.of("persons", "exchange.step.none-eligible");
		}
		return eligible;
	}

	private PageContext page(String id, RaqibUser user, Locale locale) {
		if (!RoomAccess.isRoomMember(user, id)) {
			throw new Rejected(HttpStatus.FORBIDDEN, "NOT_IN_THE_ROOM", "only the room of " + id + " sees its exchanges");
		}
		var version = this.agreements.latest(id).orElseThrow(() -> new NotFound("agreement " + id));
		List<String> acting = version.definition()
			.parties()
			.stream()
			.map(p -> p.party())
			.filter(p -> Acting.mayActFor(user, id, p))
			.toList();
		return PageContext.of(version.definition(), this.parties.all(), locale, acting);
	}

	private static int number(String field, @Nullable String text) {
		try {
			return Integer.parseInt(text == null ? "" : text.strip());
		}
		catch (NumberFormatException ex) {
			throw InvalidInput.of(field, "exchange.form.not-number");
		}
	}

}
