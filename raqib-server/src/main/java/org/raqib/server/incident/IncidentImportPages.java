package org.raqib.server.incident;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.raqib.server.access.RaqibUser;
import org.raqib.server.system.FormErrors;
import org.raqib.server.system.InvalidInput;
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

/** Importing incidents from a CSV or XLSX sheet: the upload with optional column mapping, and its errors by row. */
@Controller
class IncidentImportPages {

	private final IncidentPages pages;

	private final IncidentImport imports;

	private final MessageSource messages;

	IncidentImportPages(IncidentPages pages, IncidentImport imports, MessageSource messages) {
		this.pages = pages;
		this.imports = imports;
		this.messages = messages;
	}

	@GetMapping("/agreements/{id}/incidents/import")
	String form(@PathVariable String id, @AuthenticationPrincipal RaqibUser user, Locale locale, Model model) {
		IncidentPage page = this.pages.roomPage(id, user, locale);
		model.addAttribute("page", page);
		model.addAttribute("fields", IncidentField.values());
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", FormErrors.NONE);
			model.addAttribute("problems", List.of());
		}
		return "incident/import";
	}

	@PostMapping("/agreements/{id}/incidents/import")
	String upload(@PathVariable String id, @RequestParam(required = false) @Nullable MultipartFile file,
			@RequestParam Map<String, String> values, @AuthenticationPrincipal RaqibUser user, Locale locale,
			Model model, RedirectAttributes redirect) {
		this.pages.roomPage(id, user, locale);
		try {
			byte[] bytes = SpreadsheetFile.bytes(file);
			var sheet = SpreadsheetFile.read(SpreadsheetFile.name(file), bytes);
			var mapping = new java.util.HashMap<String, String>();
			values.forEach((k, v) -> {
				if (k.startsWith("map_")) {
					mapping.put(k.substring(4), v);
				}
			});
			int recorded = this.imports.record(user, id, values.getOrDefault("party", ""), sheet, mapping);
			redirect.addFlashAttribute("notice", "incident.import.recorded");
			redirect.addFlashAttribute("recorded", recorded);
			return "redirect:/agreements/" + id + "/incidents";
		}
		catch (InvalidInput invalid) {
			model.addAttribute("errors", FormErrors.of(invalid, this.messages, locale));
			model.addAttribute("problems", invalid.problems().stream().map(p -> p.field() + ": "
					+ this.messages.getMessage(p.code(), p.arguments().toArray(), p.code(), locale)).toList());
			return form(id, user, locale, model);
		}
	}

}
