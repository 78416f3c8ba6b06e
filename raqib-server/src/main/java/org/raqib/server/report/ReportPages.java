package org.raqib.server.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.raqib.server.access.RaqibUser;
import org.raqib.server.access.Role;
import org.raqib.server.agreement.Agreements;
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

/**
 * The room's daily reports: the list with a form to draft a day's, each report with its summary to edit
 * while it is a draft, then approve and publish (mediators of the agreement).
 */
@Controller
class ReportPages {

	private final DailyReports reports;

	private final Agreements agreements;

	private final MessageSource messages;

	ReportPages(DailyReports reports, Agreements agreements, MessageSource messages) {
		this.reports = reports;
		this.agreements = agreements;
		this.messages = messages;
	}

	@GetMapping("/agreements/{id}/reports")
	String list(@PathVariable String id, @AuthenticationPrincipal RaqibUser user, Model model) {
		return list(id, user, model, "", FormErrors.NONE);
	}

	@PostMapping("/agreements/{id}/reports")
	String draft(@PathVariable String id, @RequestParam(defaultValue = "") String day,
			@AuthenticationPrincipal RaqibUser user, Locale locale, Model model, RedirectAttributes redirect) {
		DashboardPages.room(id, user);
		try {
			mediator(id, user);
			DailyReport report = this.reports.draft(id, day(day), user.getUsername());
			redirect.addFlashAttribute("notice", "report.drafted");
			return "redirect:/agreements/" + id + "/reports/" + report.day();
		}
		catch (InvalidInput invalid) {
			return list(id, user, model, day, FormErrors.of(invalid, this.messages, locale));
		}
	}

	@GetMapping("/agreements/{id}/reports/{day}")
	String show(@PathVariable String id, @PathVariable String day, @AuthenticationPrincipal RaqibUser user,
			Model model) {
		DashboardPages.room(id, user);
		return show(this.reports.find(id, path(day)), user, model, null, null, FormErrors.NONE);
	}

	@PostMapping("/agreements/{id}/reports/{day}/summary")
	String edit(@PathVariable String id, @PathVariable String day, @RequestParam(defaultValue = "") String summaryEn,
			@RequestParam(defaultValue = "") String summaryAr, @AuthenticationPrincipal RaqibUser user, Locale locale,
			Model model, RedirectAttributes redirect) {
		DashboardPages.room(id, user);
		try {
			this.reports.edit(id, path(day), summaryEn, summaryAr, user);
		}
		catch (InvalidInput invalid) {
			return show(this.reports.find(id, path(day)), user, model, summaryEn, summaryAr,
					FormErrors.of(invalid, this.messages, locale));
		}
		redirect.addFlashAttribute("notice", "report.edited");
		return "redirect:/agreements/" + id + "/reports/" + day;
	}

	@PostMapping("/agreements/{id}/reports/{day}/redraft")
	String redraft(@PathVariable String id, @PathVariable String day, @AuthenticationPrincipal RaqibUser user,
			RedirectAttributes redirect) {
		mediator(id, user);
		this.reports.draft(id, path(day), user.getUsername());
		redirect.addFlashAttribute("notice", "report.drafted");
		return "redirect:/agreements/" + id + "/reports/" + day;
	}

	@PostMapping("/agreements/{id}/reports/{day}/approve")
	String approve(@PathVariable String id, @PathVariable String day, @AuthenticationPrincipal RaqibUser user,
			RedirectAttributes redirect) {
		this.reports.approve(id, path(day), user);
		redirect.addFlashAttribute("notice", "report.approved");
		return "redirect:/agreements/" + id + "/reports/" + day;
	}

	@PostMapping("/agreements/{id}/reports/{day}/publish")
	String publish(@PathVariable String id, @PathVariable String day, @AuthenticationPrincipal RaqibUser user,
			RedirectAttributes redirect) {
		this.reports.publish(id, path(day), user);
		redirect.addFlashAttribute("notice", "report.published");
		return "redirect:/agreements/" + id + "/reports/" + day;
	}

	private String list(String id, RaqibUser user, Model model, String day, FormErrors errors) {
		DashboardPages.room(id, user);
		model.addAttribute("agreement", this.agreements.latest(id).orElseThrow(() -> new NotFound("agreement " + id)));
		model.addAttribute("reports", this.reports.recent(id));
		model.addAttribute("mediator", user.holds(Role.MEDIATOR, id));
		model.addAttribute("day", day);
		model.addAttribute("errors", errors);
		return "report/list";
	}

	private String show(DailyReport report, RaqibUser user, Model model, @Nullable String summaryEn,
			@Nullable String summaryAr, FormErrors errors) {
		model.addAttribute("report", report);
		model.addAttribute("mediator", user.holds(Role.MEDIATOR, report.log()));
		model.addAttribute("summaryEn", summaryEn != null ? summaryEn : String.join("\n", report.content().summaryEn()));
		model.addAttribute("summaryAr", summaryAr != null ? summaryAr : String.join("\n", report.content().summaryAr()));
		model.addAttribute("errors", errors);
		return "report/show";
	}

	private static void mediator(String id, RaqibUser user) {
		if (!user.holds(Role.MEDIATOR, id)) {
			throw new org.raqib.server.system.Rejected(org.springframework.http.HttpStatus.FORBIDDEN, "NOT_A_MEDIATOR",
					"only a mediator of " + id + " drafts its reports");
		}
	}

	private static LocalDate day(String text) {
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw InvalidInput.of("day", "report.day.pattern", text);
		}
	}

	private static LocalDate path(String text) {
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new NotFound("report " + text);
		}
	}

}
