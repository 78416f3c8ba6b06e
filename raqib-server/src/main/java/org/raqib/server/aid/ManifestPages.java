package org.raqib.server.aid;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;
import org.raqib.server.access.RaqibUser;
import org.raqib.server.system.FormErrors;
import org.raqib.server.system.InvalidInput;
import org.raqib.server.system.Rejected;
import org.raqib.server.system.Spreadsheet;
import org.raqib.server.system.SpreadsheetFile;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
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
 * The manifest import wizard: upload a CSV or XLSX manifest for a party the user records aid for, map its
 * columns, see every problem by row and column or a summary, and apply, which appends the whole manifest
 * or nothing (see {@link ManifestImports}). The file stays in the user's session between the steps.
 */
@Controller
class ManifestPages {

	private static final String BASE = "/agreements/{id}/aid/import";

	private final AidRoom room;

	private final ManifestImports imports;

	private final MessageSource messages;

	ManifestPages(AidRoom room, ManifestImports imports, MessageSource messages) {
		this.room = room;
		this.imports = imports;
		this.messages = messages;
	}

	@GetMapping(BASE)
	String form(@PathVariable String id, @AuthenticationPrincipal RaqibUser user, HttpSession session, Locale locale,
			Model model) {
		AidPage page = recorder(id, user, locale);
		session.removeAttribute(ManifestUpload.SESSION_KEY);
		return upload(model, page, page.actingFor().get(0), FormErrors.NONE);
	}

	@PostMapping(BASE)
	String upload(@PathVariable String id, @RequestParam(required = false) @Nullable MultipartFile file,
			@RequestParam(defaultValue = "") String party, @AuthenticationPrincipal RaqibUser user, HttpSession session,
			Locale locale, Model model) {
		AidPage page = recorder(id, user, locale);
		session.removeAttribute(ManifestUpload.SESSION_KEY);
		try {
			if (!page.actingFor().contains(party)) {
				throw InvalidInput.of("party", "aid.import.party.not-yours");
			}
			Spreadsheet table = SpreadsheetFile.read(SpreadsheetFile.name(file), SpreadsheetFile.bytes(file));
			var upload = new ManifestUpload(id, SpreadsheetFile.name(file), party, table);
			session.setAttribute(ManifestUpload.SESSION_KEY, upload);
			return mapping(model, page, upload, null, FormErrors.NONE, locale);
		}
		catch (InvalidInput invalid) {
			return upload(model, page, party, FormErrors.of(invalid, this.messages, locale));
		}
	}

	@PostMapping(BASE + "/mapping")
	String check(@PathVariable String id, @RequestParam Map<String, String> params,
			@AuthenticationPrincipal RaqibUser user, HttpSession session, Locale locale, Model model) {
		AidPage page = recorder(id, user, locale);
		ManifestUpload upload = upload(session, id);
		if (upload == null) {
			return expired(model, page, locale);
		}
		ManifestMapping mapping = ManifestMapping.chosen(params, upload.table().headers().size());
		try {
			upload.checked(mapping, this.imports.check(id, upload.table(), mapping));
			return mapping(model, page, upload, upload.check(), FormErrors.NONE, locale);
		}
		catch (InvalidInput invalid) {
			upload.checked(mapping, null);
			return mapping(model, page, upload, null, FormErrors.of(invalid, this.messages, locale), locale);
		}
	}

	@PostMapping(BASE + "/apply")
	String apply(@PathVariable String id, @AuthenticationPrincipal RaqibUser user, HttpSession session, Locale locale,
			Model model, RedirectAttributes redirect) {
		AidPage page = recorder(id, user, locale);
		ManifestUpload upload = upload(session, id);
		if (upload == null || upload.check() == null || !upload.check().valid()) {
			return upload == null ? expired(model, page, locale)
					: mapping(model, page, upload, upload.check(), FormErrors.NONE, locale);
		}
		try {
			ManifestImports.Applied applied = this.imports.apply(user, id, upload.party(), upload.table(), upload.mapping());
			session.removeAttribute(ManifestUpload.SESSION_KEY);
			redirect.addFlashAttribute("notice", "aid.import.applied");
			redirect.addFlashAttribute("applied", applied);
			return "redirect:/agreements/" + id + "/aid";
		}
		catch (InvalidInput invalid) {
			ManifestCheck again = this.imports.check(id, upload.table(), upload.mapping());
			upload.checked(upload.mapping(), again);
			return mapping(model, page, upload, again, FormErrors.of(invalid, this.messages, locale), locale);
		}
	}

	@PostMapping(BASE + "/cancel")
	String cancel(@PathVariable String id, @AuthenticationPrincipal RaqibUser user, HttpSession session, Locale locale) {
		recorder(id, user, locale);
		session.removeAttribute(ManifestUpload.SESSION_KEY);
		return "redirect:/agreements/" + id + "/aid";
	}

	/** The page of a member of the room who records aid for at least one party. */
	private AidPage recorder(String id, RaqibUser user, Locale locale) {
		AidPage page = this.room.page(id, user, locale);
		if (page.actingFor().isEmpty()) {
			throw new Rejected(HttpStatus.FORBIDDEN, "NOT_A_RECORDER", "you do not record aid in " + id);
		}
		return page;
	}

	private static String upload(Model model, AidPage page, String party, FormErrors errors) {
		model.addAttribute("page", page);
		model.addAttribute("party", party);
		model.addAttribute("errors", errors);
		return "aid/import-upload";
	}

	private String mapping(Model model, AidPage page, ManifestUpload upload, @Nullable ManifestCheck check,
			FormErrors errors, Locale locale) {
		model.addAttribute("page", page);
		model.addAttribute("upload", ManifestView.of(upload, check, this.messages, locale));
		model.addAttribute("errors", errors);
		return "aid/import-check";
	}

	private String expired(Model model, AidPage page, Locale locale) {
		FormErrors errors = FormErrors.of(InvalidInput.of("file", "aid.import.expired"), this.messages, locale);
		return upload(model, page, page.actingFor().get(0), errors);
	}

	private static @Nullable ManifestUpload upload(HttpSession session, String agreement) {
		Object upload = session.getAttribute(ManifestUpload.SESSION_KEY);
		return upload instanceof ManifestUpload found && found.agreement().equals(agreement) ? found : null;
	}

}
