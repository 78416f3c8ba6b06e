package org.raqib.server.incident;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.raqib.server.access.RaqibUser;
import org.raqib.server.record.Appended;
import org.raqib.server.system.InvalidInput;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Incidents as JSON: the list a filter selects, the counts per day, zone and type, a report (its fields named
 * as in the form: {@code from}, {@code lon}, {@code type}…) and the steps of the workflow. Viewers read
 * published incidents only; a refused body names each field and changes nothing.
 */
@RestController
@RequestMapping("/api/v1/agreements/{id}/incidents")
@Tag(name = "incidents", description = "Violation reports, their workflow and their counts")
class IncidentApi {

	record StepBody(String to, @Nullable String note) {
	}

	record EntryView(long index, Instant recordedAt) {

		static EntryView of(Appended appended) {
			return new EntryView(appended.index(), appended.recordedAt());
		}

	}

	private final IncidentPages pages;

	private final Incidents incidents;

	private final IncidentWorkflow workflow;

	IncidentApi(IncidentPages pages, Incidents incidents, IncidentWorkflow workflow) {
		this.pages = pages;
		this.incidents = incidents;
		this.workflow = workflow;
	}

	@GetMapping
	List<Incident> list(@PathVariable String id, FilterParams params, @AuthenticationPrincipal RaqibUser user) {
		this.pages.page(id, user, Locale.ENGLISH);
		return this.incidents.list(user, id, params.filter(IncidentPages.PAGE_LIMIT));
	}

	@GetMapping("/counts")
	List<DayCount> counts(@PathVariable String id, FilterParams params, @AuthenticationPrincipal RaqibUser user) {
		IncidentPage page = this.pages.page(id, user, Locale.ENGLISH);
		IncidentFilter filter = params.filter(IncidentPages.PAGE_LIMIT);
		return this.incidents.countPerDay(id, filter.from(), filter.to(), !page.room());
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	EntryView report(@PathVariable String id, @RequestBody Map<String, String> body,
			@AuthenticationPrincipal RaqibUser user) {
		IncidentPage page = this.pages.roomPage(id, user, Locale.ENGLISH);
		var fields = new EnumMap<IncidentField, String>(IncidentField.class);
		for (IncidentField f : IncidentField.values()) {
			fields.put(f, body.get(f.code()));
		}
		for (String key : body.keySet()) {
			if (!"party".equals(key) && java.util.Arrays.stream(IncidentField.values()).noneMatch(f -> f.code().equals(key))) {
				throw InvalidInput.of(key, "record.payload.unknown-field");
			}
		}
		IncidentReport report = IncidentInput.report(fields, page.incidentRoom().zone(), false);
		return EntryView.of(this.incidents.report(user, id, body.getOrDefault("party", ""), report));
	}

	@PostMapping("/{index}/steps")
	@ResponseStatus(HttpStatus.CREATED)
	EntryView step(@PathVariable String id, @PathVariable long index, @RequestBody StepBody body,
			@AuthenticationPrincipal RaqibUser user) {
		this.pages.roomPage(id, user, Locale.ENGLISH);
		IncidentStatus to = IncidentStatus.ofCode(String.valueOf(body.to()))
			.orElseThrow(() -> InvalidInput.of("to", "incident.code.unknown", body.to(), Codes.list(IncidentStatus.class)));
		return EntryView.of(this.workflow.step(user, id, index, to, body.note()));
	}

}
