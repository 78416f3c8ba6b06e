package org.raqib.server.incident;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.raqib.server.access.Parties;
import org.raqib.server.access.Party;
import org.raqib.server.access.RaqibUser;
import org.raqib.server.access.Role;
import org.raqib.server.record.RoomAccess;
import org.raqib.server.system.FormErrors;
import org.raqib.server.system.InvalidInput;
import org.raqib.server.system.Rejected;
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

/** The incidents of an agreement with the review queue, the report form, and recording a report. */
@Controller
class IncidentPages {

	static final int PAGE_LIMIT = 200;

	private final IncidentRooms rooms;

	private final Incidents incidents;

	private final Attachments attachments;

	private final Parties parties;

	private final MessageSource messages;

	IncidentPages(IncidentRooms rooms, Incidents incidents, Attachments attachments, Parties parties,
			MessageSource messages) {
		this.rooms = rooms;
		this.incidents = incidents;
		this.attachments = attachments;
		this.parties = parties;
		this.messages = messages;
	}

	@GetMapping("/agreements/{id}/incidents")
	String list(@PathVariable String id, FilterParams params, @AuthenticationPrincipal RaqibUser user, Locale locale,
			Model model) {
		IncidentPage page = page(id, user, locale);
		model.addAttribute("page", page);
		model.addAttribute("params", params);
		model.addAttribute("events", IncidentType.Event.values());
		model.addAttribute("types", IncidentType.values());
		model.addAttribute("statuses", IncidentStatus.values());
		try {
			model.addAttribute("incidents", this.incidents.list(user, id, params.filter(PAGE_LIMIT)));
			model.addAttribute("errors", FormErrors.NONE);
		}
		catch (InvalidInput invalid) {
			model.addAttribute("incidents", List.of());
			model.addAttribute("errors", FormErrors.of(invalid, this.messages, locale));
		}
		model.addAttribute("queue", page.room() ? queue(user, id) : Map.of());
		return "incident/list";
	}

	/**
	 * The report form; a draft (an accepted news claim) opens it prefilled through the query, with the fields'
	 * own names. Nothing of the query is recorded until the form is sent and checked like any other.
	 */
	@GetMapping("/agreements/{id}/incidents/new")
	String form(@PathVariable String id, @RequestParam Map<String, String> prefill,
			@AuthenticationPrincipal RaqibUser user, Locale locale, Model model) {
		IncidentPage page = roomPage(id, user, locale);
		model.addAttribute("page", page);
		model.addAttribute("fields", IncidentForms.fields(page));
		if (!model.containsAttribute("errors")) {
			var values = new java.util.HashMap<String, String>();
			values.put("party", page.reportingFor().isEmpty() ? "" : page.reportingFor().get(0));
			for (IncidentField f : IncidentField.values()) {
				String value = prefill.get(f.code());
				if (value != null && !value.isBlank()) {
					values.put(f.code(), value);
				}
			}
			model.addAttribute("errors", FormErrors.NONE);
			model.addAttribute("values", values);
		}
		return "incident/new";
	}

	@PostMapping("/agreements/{id}/incidents")
	String report(@PathVariable String id, @RequestParam Map<String, String> values,
			@RequestParam(name = "attachments", required = false) @Nullable List<MultipartFile> files,
			@AuthenticationPrincipal RaqibUser user, Locale locale, Model model, RedirectAttributes redirect) {
		IncidentPage page = roomPage(id, user, locale);
		try {
			var fields = new EnumMap<IncidentField, String>(IncidentField.class);
			for (IncidentField f : IncidentField.values()) {
				fields.put(f, values.get(f.code()));
			}
			IncidentReport report = IncidentInput.report(fields, page.incidentRoom().zone(), false);
			var stored = new ArrayList<IncidentReport.Attachment>();
			if (files != null) {
				checkAll(files);
				for (MultipartFile file : files) {
					if (!file.isEmpty()) {
						stored.add(this.attachments.store("attachments", String.valueOf(file.getOriginalFilename()), file.getBytes()));
					}
				}
			}
			report = withAttachments(report, stored);
			long index = this.incidents.report(user, id, values.getOrDefault("party", ""), report).index();
			redirect.addFlashAttribute("notice", "incident.reported.notice");
			return "redirect:/agreements/" + id + "/incidents/" + index;
		}
		catch (InvalidInput invalid) {
			model.addAttribute("errors", FormErrors.of(invalid, this.messages, locale));
			model.addAttribute("values", values);
			return form(id, Map.of(), user, locale, model);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** Every file checked before any is stored: a refused file stores nothing. */
	private static void checkAll(List<MultipartFile> files) throws java.io.IOException {
		if (files.stream().filter(f -> !f.isEmpty()).count() > Attachments.MAX_FILES) {
			throw InvalidInput.of("attachments", "incident.attachment.too-many", Attachments.MAX_FILES);
		}
		for (MultipartFile file : files) {
			if (!file.isEmpty()) {
				Attachments.check("attachments", String.valueOf(file.getOriginalFilename()), file.getBytes());
			}
		}
	}

	static IncidentReport withAttachments(IncidentReport r, List<IncidentReport.Attachment> attachments) {
		return new IncidentReport(r.from(), r.to(), r.timePrecision(), r.lon(), r.lat(), r.geoPrecision(), r.location(),
				r.type(), r.responsible(), r.actors(), r.observation(), r.casualties(), r.sources(), r.narrative(),
				attachments, r.demo());
	}

	/** What waits for whom: reports to take under review, reviews to conclude, verdicts to publish. */
	private Map<IncidentStatus, List<Incident>> queue(RaqibUser user, String id) {
		var queue = new EnumMap<IncidentStatus, List<Incident>>(IncidentStatus.class);
		for (IncidentStatus s : List.of(IncidentStatus.REPORTED, IncidentStatus.UNDER_REVIEW, IncidentStatus.VERIFIED,
				IncidentStatus.NOT_VERIFIED)) {
			var filter = new IncidentFilter(FilterParams.EARLIEST, FilterParams.LATEST, null, null, Set.of(s), null, null,
					PAGE_LIMIT);
			queue.put(s, this.incidents.list(user, id, filter));
		}
		return queue;
	}

	IncidentPage page(String id, @Nullable RaqibUser user, Locale locale) {
		IncidentRoom room = this.rooms.of(id);
		boolean member = RoomAccess.isRoomMember(user, id);
		if (!member && (user == null || !user.holds(Role.VIEWER, id))) {
			throw new Rejected(HttpStatus.FORBIDDEN, "NOT_IN_THE_ROOM", "only the room and viewers of " + id + " see incidents");
		}
		List<String> reporting = member ? room.parties().stream().filter(p -> Duties.mayReportFor(user, id, p)).toList()
				: List.of();
		var byCode = new java.util.HashMap<String, Party>();
		this.parties.all().forEach(p -> byCode.put(p.code(), p));
		return new IncidentPage(id, room.name(locale.getLanguage()), locale.getLanguage(), member, reporting, room,
				byCode, locale);
	}

	IncidentPage roomPage(String id, @Nullable RaqibUser user, Locale locale) {
		IncidentPage page = page(id, user, locale);
		if (!page.room()) {
			throw new Rejected(HttpStatus.FORBIDDEN, "NOT_IN_THE_ROOM", "only the room of " + id + " reports incidents");
		}
		return page;
	}

}
