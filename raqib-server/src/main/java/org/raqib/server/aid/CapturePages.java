package org.raqib.server.aid;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.raqib.server.access.RaqibUser;
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

/**
 * The quick form of a monitor at a crossing, one column for a phone: a reference not yet recorded registers a
 * consignment; a known one moves to the stage chosen.
 */
@Controller
class CapturePages {

	/** What the form sends; one cargo line, as a truck at a crossing usually carries. */
	record CaptureForm(String reference, String party, String crossing, String destination, String trucks,
			String category, String quantity, String unit, String agency, String stage, String occurredAt, String reason,
			String manner, String note) {
	}

	private final AidRoom room;

	private final Consignments consignments;

	private final MessageSource messages;

	private final Clock clock;

	CapturePages(AidRoom room, Consignments consignments, MessageSource messages, Clock clock) {
		this.room = room;
		this.consignments = consignments;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/agreements/{id}/aid/capture")
	String form(@PathVariable String id, @RequestParam(defaultValue = "") String reference,
			@AuthenticationPrincipal RaqibUser user, Locale locale, Model model) {
		AidPage page = this.room.page(id, user, locale);
		Optional<Consignment> known = reference.isBlank() ? Optional.empty() : this.consignments.find(id, reference.strip());
		model.addAttribute("page", page);
		model.addAttribute("known", known.orElse(null));
		model.addAttribute("stages", known.map(Consignment::next).orElse(List.of()));
		model.addAttribute("categories", List.of(Codes.Cargo.values()).stream().map(Codes::code).toList());
		model.addAttribute("reasons", List.of(Codes.RejectionReason.values()).stream().map(Codes::code).toList());
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", FormErrors.NONE);
			String first = page.crossings().isEmpty() ? "" : page.crossings().get(0).id();
			model.addAttribute("capture", new CaptureForm(reference.strip(), page.actingFor().isEmpty() ? ""
					: page.actingFor().get(0), known.map(Consignment::crossing).orElse(first), "north", "1", "food", "",
					"tonnes", "", known.filter(k -> !k.next().isEmpty()).map(k -> k.next().get(0).code())
						.orElse("registered"),
					page.input(this.clock.instant()), "", "", ""));
		}
		return "aid/capture";
	}

	@PostMapping("/agreements/{id}/aid/capture")
	String capture(@PathVariable String id, CaptureForm form, @AuthenticationPrincipal RaqibUser user, Locale locale,
			Model model, RedirectAttributes redirect) {
		AidPage page = this.room.page(id, user, locale);
		try {
			String reference = form.reference().strip();
			if (this.consignments.find(id, reference).isPresent()) {
				this.consignments.step(user, id, form.party(), new Consignments.NextStep(reference, form.stage(),
						page.required("occurredAt", form.occurredAt()), blank(form.reason()), blank(form.manner()),
						blank(form.note())));
			}
			else {
				this.consignments.register(user, id, form.party(), registration(page, form, reference));
			}
			redirect.addFlashAttribute("notice", "aid.capture.recorded");
			return "redirect:/agreements/" + id + "/aid/consignments/" + reference;
		}
		catch (InvalidInput invalid) {
			model.addAttribute("errors", FormErrors.of(invalid, this.messages, locale));
			model.addAttribute("capture", form);
			return form(id, form.reference(), user, locale, model);
		}
	}

	private static Consignments.NewConsignment registration(AidPage page, CaptureForm form, String reference) {
		return new Consignments.NewConsignment(reference, form.agency().isBlank() ? "—" : form.agency().strip(), null,
				form.crossing(), form.destination(), number("trucks", form.trucks()),
				List.of(new Consignment.Line(form.category(), number("quantity", form.quantity()), form.unit())),
				page.required("occurredAt", form.occurredAt()));
	}

	static int number(String field, @Nullable String text) {
		try {
			return Integer.parseInt(text == null ? "" : text.strip());
		}
		catch (NumberFormatException ex) {
			throw InvalidInput.of(field, "aid.form.not-number");
		}
	}

	private static @Nullable String blank(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
