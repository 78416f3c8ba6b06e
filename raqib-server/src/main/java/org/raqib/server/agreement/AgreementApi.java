package org.raqib.server.agreement;

import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.raqib.server.access.Actor;
import org.raqib.server.access.RaqibUser;
import org.raqib.server.agreement.compliance.AsOf;
import org.raqib.server.agreement.compliance.Assessment;
import org.raqib.server.system.InvalidInput;
import org.raqib.server.system.NotFound;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Agreements as JSON: the list, each agreement in the version in force as of a log index or an event
 * time with its obligations' status, its versions, its geography; defining and amending from files.
 */
@RestController
@RequestMapping("/api/v1/agreements")
@Tag(name = "agreements", description = "Agreements, their versions, geography and compliance")
class AgreementApi {

	/** A version of an agreement, with the entry that recorded it. */
	record VersionView(int version, long index, Instant recordedAt, Instant inForceFrom, @Nullable String reason) {

		static VersionView of(Agreements.Version v) {
			return new VersionView(v.version(), v.index(), v.recordedAt(), v.inForceFrom(), v.reason());
		}

	}

	/** An obligation's status in a view, with the log indexes of the entries that prove it. */
	record StatusView(String obligation, String kind, String provision, String responsible, String status,
			List<Long> evidence, String reason, List<Object> reasonArguments, List<Assessment.Figure> figures) {
	}

	/** The view asked for ({@code latest}, {@code recorded} up to an index, or {@code event} time). */
	record AsOfView(String view, @Nullable Long index, Instant at) {

		static AsOfView of(AsOf asOf) {
			return new AsOfView(asOf.view().name().toLowerCase(java.util.Locale.ROOT),
					asOf.view() == AsOf.View.RECORDED ? asOf.index() : null, asOf.at());
		}

	}

	record AgreementView(String id, VersionView version, AsOfView asOf, AgreementDefinition definition,
			List<StatusView> obligations) {
	}

	private final Agreements agreements;

	private final AgreementDefinitions definitions;

	private final AgreementCompliance compliance;

	AgreementApi(Agreements agreements, AgreementDefinitions definitions, AgreementCompliance compliance) {
		this.agreements = agreements;
		this.definitions = definitions;
		this.compliance = compliance;
	}

	@GetMapping
	@Operation(summary = "Every agreement recorded")
	List<Agreements.Summary> list() {
		return this.agreements.list();
	}

	@GetMapping("/{id}")
	@Operation(summary = "An agreement in the version in force in the view, with its obligations' status")
	AgreementView get(@PathVariable String id, @RequestParam(required = false) @Nullable Long asOfIndex,
			@RequestParam(required = false) @Nullable String asOfTime) {
		AgreementCompliance.Report report = report(id, asOfIndex, asOfTime);
		return new AgreementView(id, VersionView.of(report.version()), AsOfView.of(report.asOf()),
				report.version().definition(), statuses(report));
	}

	@GetMapping("/{id}/compliance")
	@Operation(summary = "The status of each obligation, now, as recorded up to asOfIndex, or as of asOfTime")
	List<StatusView> compliance(@PathVariable String id, @RequestParam(required = false) @Nullable Long asOfIndex,
			@RequestParam(required = false) @Nullable String asOfTime) {
		return statuses(report(id, asOfIndex, asOfTime));
	}

	@GetMapping("/{id}/versions")
	@Operation(summary = "Every version of the agreement, oldest first")
	List<VersionView> versions(@PathVariable String id) {
		exists(id);
		return this.agreements.versions(id).stream().map(VersionView::of).toList();
	}

	@GetMapping(path = "/{id}/geography", produces = "application/geo+json")
	@Operation(summary = "The agreement's geography as GeoJSON (line zones with their corridors)")
	ResponseEntity<String> geography(@PathVariable String id) {
		Agreements.Version version = this.agreements.latest(id).orElseThrow(() -> new NotFound("agreement " + id));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/geo+json"))
			.body(AgreementGeography.mapJson(version.definition()));
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Define an agreement from its file (agreementFile) and geography (geographyFile); "
			+ "dryRun=true checks only")
	ResponseEntity<?> define(@RequestParam(required = false) @Nullable MultipartFile agreementFile,
			@RequestParam(required = false) @Nullable MultipartFile geographyFile,
			@RequestParam(defaultValue = "false") boolean dryRun, @AuthenticationPrincipal RaqibUser user,
			Authentication auth, HttpServletRequest request) {
		AgreementDefinitions.Files files = UploadedFiles.read(agreementFile, geographyFile, null, null);
		if (dryRun) {
			return ResponseEntity.ok(this.definitions.check(files));
		}
		Agreements.Version version = this.definitions.define(files, user, Actor.of(auth, request));
		return ResponseEntity.created(URI.create("/api/v1/agreements/" + version.agreement()))
			.body(VersionView.of(version));
	}

	@PostMapping(path = "/{id}/amendments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Amend an agreement: its whole new file, the reason, and when it comes into force "
			+ "(an ISO instant; now when absent)")
	ResponseEntity<?> amend(@PathVariable String id, @RequestParam(required = false) @Nullable MultipartFile agreementFile,
			@RequestParam(required = false) @Nullable MultipartFile geographyFile,
			@RequestParam(defaultValue = "") String reason, @RequestParam(required = false) @Nullable String inForceFrom,
			@RequestParam(defaultValue = "false") boolean dryRun, @AuthenticationPrincipal RaqibUser user,
			Authentication auth, HttpServletRequest request) {
		exists(id);
		AgreementDefinitions.Files files = UploadedFiles.read(agreementFile, geographyFile, null, null);
		if (dryRun) {
			return ResponseEntity.ok(this.definitions.check(files));
		}
		Agreements.Version version = this.definitions.amend(id, files, reason, instant("inForceFrom", inForceFrom),
				user, Actor.of(auth, request));
		return ResponseEntity.created(URI.create("/api/v1/agreements/" + id + "/versions")).body(VersionView.of(version));
	}

	private AgreementCompliance.Report report(String id, @Nullable Long asOfIndex, @Nullable String asOfTime) {
		exists(id);
		return this.compliance.report(id, this.compliance.view(id, asOfIndex, instant("asOfTime", asOfTime)));
	}

	private void exists(String id) {
		if (!this.agreements.exists(id)) {
			throw new NotFound("agreement " + id);
		}
	}

	private static List<StatusView> statuses(AgreementCompliance.Report report) {
		return report.obligations().stream()
			.map(j -> new StatusView(j.terms().id(), j.terms().kind(), j.terms().provision(), j.terms().responsible(),
					j.assessment().status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
					j.assessment().evidence(), j.assessment().reason(), j.assessment().reasonArgs(),
					j.assessment().figures()))
			.toList();
	}

	private static @Nullable Instant instant(String field, @Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Instant.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw InvalidInput.of(field, "agreement.moment.instant", text);
		}
	}

}
