package org.raqib.server.exchange;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;
import org.raqib.server.access.RaqibUser;
import org.raqib.server.agreement.Agreements;
import org.raqib.server.system.FormErrors;
import org.raqib.server.system.InvalidInput;
import org.raqib.server.system.Spreadsheet;
import org.raqib.server.system.SpreadsheetFile;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The list import wizard: upload a CSV or XLSX list with the list's details, map its columns, see
 * every problem by row and column or a summary, and apply, which submits the whole list or nothing.
 * The file's content stays in the user's session between the steps (see {@link ListUpload}).
 */
@Controller
class ListImportPages {

	private static final String BASE = "/agreements/{id}/exchange/import";

	private final ListImportRoom room;

	private final ExchangeLists lists;

	private final MessageSource messages;

	private final Clock clock;

	ListImportPages(ListImportRoom room, ExchangeLists lists, MessageSource messages, Clock clock) {
		this.room = room;
		this.lists = lists;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping(BASE)
	String form(@PathVariable String id, @AuthenticationPrincipal RaqibUser user, HttpSession session, Locale locale,
			Model model) {
		Agreements.Version agreement = this.room.agreement(id, user);
		session.removeAttribute(ListUpload.SESSION_KEY);
		return upload(model, agreement, ListImportForm.blank(this.room.ownParty(user, id)), FormErrors.NONE, locale);
	}

	@PostMapping(BASE)
	String upload(@PathVariable String id, @RequestParam(required = false) @Nullable MultipartFile file,
			ListImportForm form, @AuthenticationPrincipal RaqibUser user, HttpSession session, Locale locale,
			Model model) {
		Agreements.Version agreement = this.room.agreement(id, user);
		session.removeAttribute(ListUpload.SESSION_KEY);
		try {
			this.room.checkParty(agreement, user, form.party());
			form.values(zone(agreement), today(agreement));
			Spreadsheet table = SpreadsheetFile.read(SpreadsheetFile.name(file), SpreadsheetFile.bytes(file));
			var upload = new ListUpload(id, SpreadsheetFile.name(file), table, form);
			session.setAttribute(ListUpload.SESSION_KEY, upload);
			return mapping(model, agreement, upload, null, FormErrors.NONE, locale);
		}
		catch (InvalidInput invalid) {
			return upload(model, agreement, form, FormErrors.of(invalid, this.messages, locale), locale);
		}
	}

	@PostMapping(BASE + "/mapping")
	String check(@PathVariable String id, @RequestParam Map<String, String> params,
			@AuthenticationPrincipal RaqibUser user, HttpSession session, Locale locale, Model model) {
		Agreements.Version agreement = this.room.agreement(id, user);
		ListUpload upload = upload(session, id);
		if (upload == null) {
			return expired(model, agreement, user, locale);
		}
		ListMapping mapping = ListMapping.chosen(params, upload.table().headers().size());
		try {
			upload.checked(mapping, ListRows.check(upload.table(), mapping, today(agreement)));
			return mapping(model, agreement, upload, upload.check(), FormErrors.NONE, locale);
		}
		catch (InvalidInput invalid) {
			upload.checked(mapping, null);
			return mapping(model, agreement, upload, null, FormErrors.of(invalid, this.messages, locale), locale);
		}
	}

	@PostMapping(BASE + "/apply")
	String apply(@PathVariable String id, @AuthenticationPrincipal RaqibUser user, HttpSession session,
			Locale locale, Model model, RedirectAttributes redirect) {
		Agreements.Version agreement = this.room.agreement(id, user);
		ListUpload upload = upload(session, id);
		if (upload == null || upload.check() == null || !upload.check().valid()) {
			return upload == null ? expired(model, agreement, user, locale)
					: mapping(model, agreement, upload, upload.check(), FormErrors.NONE, locale);
		}
		ListCheck check = upload.check();
		try {
			this.room.checkParty(agreement, user, upload.form().party());
			ListImportForm.Values values = upload.form().values(zone(agreement), today(agreement));
			SubmittedList submitted = this.lists.submit(user, id, values.with(check.persons()));
			session.removeAttribute(ListUpload.SESSION_KEY);
			redirect.addFlashAttribute("notice", "exchange.import.applied");
			return "redirect:/agreements/" + id + "/exchange/lists/" + submitted.listId();
		}
		catch (InvalidInput invalid) {
			ListRefusal refusal = ListRefusal.of(invalid, check, upload.table(), upload.mapping());
			var refused = new ListCheck(check.persons(), check.rows(), refusal.rows());
			FormErrors errors = refusal.form().isEmpty() ? FormErrors.NONE
					: FormErrors.of(new InvalidInput(refusal.form()), this.messages, locale);
			return mapping(model, agreement, upload, refused, errors, locale);
		}
	}

	@PostMapping(BASE + "/cancel")
	String cancel(@PathVariable String id, @AuthenticationPrincipal RaqibUser user, HttpSession session) {
		this.room.agreement(id, user);
		session.removeAttribute(ListUpload.SESSION_KEY);
		return "redirect:/agreements/" + id;
	}

	private String upload(Model model, Agreements.Version agreement, ListImportForm form, FormErrors errors,
			Locale locale) {
		model.addAttribute("agreement", agreement.agreement());
		model.addAttribute("timeZone", agreement.definition().timeZone());
		model.addAttribute("parties", this.room.parties(agreement, locale));
		model.addAttribute("bases", List.of(org.raqib.server.person.LegalBasis.values()));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "exchange/import-upload";
	}

	private String mapping(Model model, Agreements.Version agreement, ListUpload upload, @Nullable ListCheck check,
			FormErrors errors, Locale locale) {
		model.addAttribute("agreement", agreement.agreement());
		model.addAttribute("upload", ListImportView.of(upload, check, this.messages, locale));
		model.addAttribute("errors", errors);
		return check == null ? "exchange/import-preview" : "exchange/import-check";
	}

	private String expired(Model model, Agreements.Version agreement, RaqibUser user, Locale locale) {
		FormErrors errors = FormErrors.of(InvalidInput.of("file", "exchange.import.expired"), this.messages, locale);
		return upload(model, agreement, ListImportForm.blank(this.room.ownParty(user, agreement.agreement())), errors,
				locale);
	}

	private static @Nullable ListUpload upload(HttpSession session, String agreement) {
		Object upload = session.getAttribute(ListUpload.SESSION_KEY);
		return upload instanceof ListUpload found && found.agreement().equals(agreement) ? found : null;
	}

	private static ZoneId zone(Agreements.Version agreement) {
		return ZoneId.of(agreement.definition().timeZone());
	}

	private LocalDate today(Agreements.Version agreement) {
		return LocalDate.now(this.clock.withZone(zone(agreement)));
	}

}
