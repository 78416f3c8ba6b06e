package org.raqib.server.incident;

import java.util.Locale;

import org.raqib.server.access.RaqibUser;
import org.raqib.server.system.InvalidInput;
import org.raqib.server.system.NotFound;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Exports of the incidents a filter selects, as the reader may see them: at most {@value #AT_ONCE} written at
 * once, more in the background with a page showing the progress and the download when it is ready.
 */
@Controller
class IncidentExports {

	static final int AT_ONCE = 1_000;

	/** The most one export holds. */
	static final int MOST = 200_000;

	private final IncidentPages pages;

	private final Incidents incidents;

	private final IncidentExport export;

	private final ExportJobs jobs;

	IncidentExports(IncidentPages pages, Incidents incidents, IncidentExport export, ExportJobs jobs) {
		this.pages = pages;
		this.incidents = incidents;
		this.export = export;
		this.jobs = jobs;
	}

	@GetMapping("/agreements/{id}/incidents/export")
	Object export(@PathVariable String id, @RequestParam(defaultValue = "acled") String format, FilterParams params,
			@AuthenticationPrincipal RaqibUser user, Locale locale) {
		this.pages.page(id, user, locale);
		ExportFormat f = ExportFormat.ofCode(format)
			.orElseThrow(() -> InvalidInput.of("format", "incident.code.unknown", format, Codes.list(ExportFormat.class)));
		var selected = this.incidents.list(user, id, params.filter(IncidentFilter.MAX_LIMIT).withLimit(MOST));
		if (selected.size() > AT_ONCE) {
			ExportJobs.Job job = this.jobs.start(user, id, selected, f);
			return "redirect:/agreements/" + id + "/incidents/exports/" + job.number;
		}
		return file(id, f, this.export.write(user, id, selected, f, n -> { }));
	}

	@GetMapping("/agreements/{id}/incidents/exports/{index}")
	String progress(@PathVariable String id, @PathVariable long index, @AuthenticationPrincipal RaqibUser user,
			Locale locale, Model model) {
		model.addAttribute("page", this.pages.page(id, user, locale));
		model.addAttribute("job", this.jobs.find(user, id, index).orElseThrow(() -> new NotFound("export " + index)));
		return "incident/export";
	}

	@GetMapping("/agreements/{id}/incidents/exports/{index}/file")
	ResponseEntity<byte[]> download(@PathVariable String id, @PathVariable long index,
			@AuthenticationPrincipal RaqibUser user, Locale locale) {
		this.pages.page(id, user, locale);
		ExportJobs.Job job = this.jobs.find(user, id, index).filter(ExportJobs.Job::ready)
			.orElseThrow(() -> new NotFound("export " + index));
		return file(id, job.format, job.file);
	}

	private static ResponseEntity<byte[]> file(String id, ExportFormat format, byte[] bytes) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(format.mediaType() + ";charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(id + "-incidents-" + format.code() + "." + format.extension()).build().toString())
			.body(bytes);
	}

}
