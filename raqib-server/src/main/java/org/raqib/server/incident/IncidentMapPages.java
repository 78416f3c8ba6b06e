package org.raqib.server.incident;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.raqib.server.access.RaqibUser;
import org.raqib.server.system.FormErrors;
import org.raqib.server.system.InvalidInput;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The incident map (Leaflet from its webjar; no tiles unless {@code raqib.map.tile-url} names a tile server),
 * its data, bounded by the view's box, period and filters, and the counts per day, zone and type against the
 * previous period. Viewers see published incidents only.
 */
@Controller
class IncidentMapPages {

	static final int MAP_LIMIT = 500;

	private final IncidentPages pages;

	private final IncidentMap map;

	private final IncidentTable table;

	private final MessageSource messages;

	private final String tileUrl;

	IncidentMapPages(IncidentPages pages, IncidentMap map, IncidentTable table, MessageSource messages,
			@Value("${raqib.map.tile-url:}") String tileUrl) {
		this.pages = pages;
		this.map = map;
		this.table = table;
		this.messages = messages;
		this.tileUrl = tileUrl;
	}

	@GetMapping("/agreements/{id}/incidents/map")
	String page(@PathVariable String id, FilterParams params, @AuthenticationPrincipal RaqibUser user, Locale locale,
			Model model) {
		model.addAttribute("page", this.pages.page(id, user, locale));
		model.addAttribute("params", params);
		model.addAttribute("tileUrl", this.tileUrl);
		model.addAttribute("events", IncidentType.Event.values());
		model.addAttribute("statuses", IncidentStatus.values());
		return "incident/map";
	}

	@GetMapping(path = "/agreements/{id}/incidents/map-data", produces = "application/geo+json")
	@ResponseBody
	Map<String, Object> data(@PathVariable String id, FilterParams params, @AuthenticationPrincipal RaqibUser user,
			Locale locale) {
		this.pages.page(id, user, locale);
		return this.map.data(user, id, params.filter(MAP_LIMIT), locale);
	}

	@GetMapping("/agreements/{id}/incidents/counts")
	String counts(@PathVariable String id, FilterParams params, @AuthenticationPrincipal RaqibUser user, Locale locale,
			Model model) {
		IncidentPage page = this.pages.page(id, user, locale);
		model.addAttribute("page", page);
		model.addAttribute("params", params);
		try {
			model.addAttribute("comparison", comparison(user, id, params));
			model.addAttribute("errors", FormErrors.NONE);
		}
		catch (InvalidInput invalid) {
			model.addAttribute("comparison", null);
			model.addAttribute("errors", FormErrors.of(invalid, this.messages, locale));
		}
		return "incident/counts";
	}

	/** A week ending on the last day with an incident unless the period is given. */
	PeriodComparison comparison(@Nullable RaqibUser user, String id, FilterParams params) {
		IncidentFilter asked = params.filter(MAP_LIMIT);
		LocalDate to = asked.to().equals(FilterParams.LATEST) ? latestDay(user, id) : asked.to();
		LocalDate from = asked.from().equals(FilterParams.EARLIEST) ? to.minusDays(6) : asked.from();
		long length = java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
		IncidentFilter current = Incidents.visible(user, id, with(asked, from, to));
		IncidentFilter before = Incidents.visible(user, id, with(asked, from.minusDays(length), from.minusDays(1)));
		return PeriodComparison.of(from, to, this.table.perDay(id, current), this.table.perDay(id, before),
				this.table.count(id, current), this.table.count(id, before));
	}

	private LocalDate latestDay(@Nullable RaqibUser user, String id) {
		var one = Incidents.visible(user, id, new IncidentFilter(FilterParams.EARLIEST, FilterParams.LATEST, null, null,
				Set.of(), null, null, 1));
		return this.table.list(id, one).stream().findFirst().map(Incident::day).orElse(LocalDate.now());
	}

	private static IncidentFilter with(IncidentFilter f, LocalDate from, LocalDate to) {
		return new IncidentFilter(from, to, f.event(), f.type(), f.statuses().isEmpty() ? Incidents.STANDING : f.statuses(),
				f.party(), f.box(), f.limit());
	}

}
