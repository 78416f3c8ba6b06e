package org.raqib.server.agreement;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.raqib.server.access.Actor;
import org.raqib.server.access.Parties;
import org.raqib.server.access.RaqibUser;
import org.raqib.server.agreement.compliance.AsOf;
import org.raqib.server.system.FormErrors;
import org.raqib.server.system.InvalidInput;
import org.raqib.server.system.NotFound;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The agreements' pages: the list, each agreement with its obligations' status, and upload and amend. */
@Controller
class AgreementPages {

	private final Agreements agreements;

	private final AgreementDefinitions definitions;

	private final AgreementCompliance compliance;

	private final Parties parties;

	private final MessageSource messages;

	AgreementPages(Agreements agreements, AgreementDefinitions definitions, AgreementCompliance compliance,
			Parties parties, MessageSource messages) {
		this.agreements = agreements;
		this.definitions = definitions;
		this.compliance = compliance;
		this.parties = parties;
		this.messages = messages;
	}

	@GetMapping("/agreements")
	String list(Model model) {
		model.addAttribute("agreements", this.agreements.list());
		return "agreement/list";
	}

	@GetMapping("/agreements/{id}")
	String show(@PathVariable String id, @RequestParam(required = false) @Nullable String asOfIndex,
			@RequestParam(required = false) @Nullable String asOfTime, Locale locale, Model model) {
		List<Agreements.Version> versions = this.agreements.versions(id);
		if (versions.isEmpty()) {
			throw new NotFound("agreement " + id);
		}
		AsOf asOf;
		FormErrors errors = FormErrors.NONE;
		try {
			asOf = this.compliance.view(id, number(asOfIndex), utc(asOfTime));
		}
		catch (InvalidInput invalid) {
			errors = FormErrors.of(invalid, this.messages, locale);
			asOf = this.compliance.view(id, null, null);
		}
		AgreementCompliance.Report report = this.compliance.report(id, asOf, versions);
		model.addAttribute("view", AgreementView.of(report.version(), report, code -> this.parties.byCode(code)
			.orElse(null), locale, versions.size()));
		model.addAttribute("versions", versions);
		model.addAttribute("asOf", asOf);
		model.addAttribute("asOfIndex", asOfIndex);
		model.addAttribute("asOfTime", asOfTime);
		model.addAttribute("errors", errors);
		return "agreement/show";
	}

	@GetMapping(path = "/agreements/{id}/map.geojson", produces = "application/geo+json")
	ResponseEntity<String> map(@PathVariable String id) {
		Agreements.Version version = this.agreements.latest(id).orElseThrow(() -> new NotFound("agreement " + id));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/geo+json"))
			.body(AgreementGeography.mapJson(version.definition()));
	}

	@GetMapping("/agreements/new")
	String upload(Model model) {
		return form(model, null, null, null, FormErrors.NONE);
	}

	@PostMapping("/agreements/new")
	String check(@RequestParam(required = false) @Nullable MultipartFile agreementFile,
			@RequestParam(required = false) @Nullable MultipartFile geographyFile,
			@RequestParam(required = false) @Nullable String agreementText,
			@RequestParam(required = false) @Nullable String geographyText, @RequestParam String action,
			@AuthenticationPrincipal RaqibUser user, Authentication auth, HttpServletRequest request, Locale locale,
			Model model, RedirectAttributes redirect) {
		AgreementDefinitions.Files files = null;
		try {
			files = UploadedFiles.read(agreementFile, geographyFile, agreementText, geographyText);
			if ("apply".equals(action)) {
				Agreements.Version version = this.definitions.define(files, user, Actor.of(auth, request));
				redirect.addFlashAttribute("notice", "agreement.defined");
				return "redirect:/agreements/" + version.agreement();
			}
			return form(model, null, files, this.definitions.check(files), FormErrors.NONE);
		}
		catch (InvalidInput invalid) {
			return form(model, null, files, null, FormErrors.of(invalid, this.messages, locale));
		}
	}

	@GetMapping("/agreements/{id}/amend")
	String amendForm(@PathVariable String id, Model model) {
		this.agreements.latest(id).orElseThrow(() -> new NotFound("agreement " + id));
		return form(model, id, null, null, FormErrors.NONE);
	}

	@PostMapping("/agreements/{id}/amend")
	String amend(@PathVariable String id, @RequestParam(required = false) @Nullable MultipartFile agreementFile,
			@RequestParam(required = false) @Nullable MultipartFile geographyFile,
			@RequestParam(required = false) @Nullable String agreementText,
			@RequestParam(required = false) @Nullable String geographyText, @RequestParam String action,
			@RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "") String inForceFrom,
			@AuthenticationPrincipal RaqibUser user, Authentication auth, HttpServletRequest request, Locale locale,
			Model model, RedirectAttributes redirect) {
		Agreements.Version current = this.agreements.latest(id).orElseThrow(() -> new NotFound("agreement " + id));
		AgreementDefinitions.Files files = null;
		model.addAttribute("reason", reason);
		model.addAttribute("inForceFrom", inForceFrom);
		try {
			files = UploadedFiles.read(agreementFile, geographyFile, agreementText, geographyText);
			if ("apply".equals(action)) {
				Instant from = local(inForceFrom, ZoneId.of(current.definition().timeZone()));
				this.definitions.amend(id, files, reason, from, user, Actor.of(auth, request));
				redirect.addFlashAttribute("notice", "agreement.amended");
				return "redirect:/agreements/" + id;
			}
			return form(model, id, files, this.definitions.check(files), FormErrors.NONE);
		}
		catch (InvalidInput invalid) {
			return form(model, id, files, null, FormErrors.of(invalid, this.messages, locale));
		}
	}

	private String form(Model model, @Nullable String amending, AgreementDefinitions.@Nullable Files files,
			@Nullable AgreementDefinition preview, FormErrors errors) {
		model.addAttribute("amending", amending);
		model.addAttribute("files", files);
		model.addAttribute("preview", preview);
		model.addAttribute("errors", errors);
		if (!model.containsAttribute("reason")) {
			model.addAttribute("reason", "");
			model.addAttribute("inForceFrom", "");
		}
		return "agreement/upload";
	}

	private static @Nullable Long number(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Long.parseLong(text.strip());
		}
		catch (NumberFormatException ex) {
			throw InvalidInput.of("asOfIndex", "agreement.as-of.index-pattern");
		}
	}

	/** A {@code datetime-local} value read as UTC, as the page says. */
	private static @Nullable Instant utc(@Nullable String text) {
		return local(text, ZoneOffset.UTC);
	}

	private static @Nullable Instant local(@Nullable String text, ZoneId zone) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(text.strip()).atZone(zone).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw InvalidInput.of("asOfTime", "agreement.moment.pattern", text);
		}
	}

}
