package org.raqib.server.osint;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Killed and injured in the news become a draft of an incident report: the incident form opened with the
 * day, the news as the kind of source, its publisher, the link back to the claim and a narrative that says
 * what the news claims; the mediator places it, types it, splits the casualties between civilians and
 * combatants, and sends it. The report's source link is the claim's link.
 */
@Component
class IncidentDraftTarget implements DraftTarget {

	private static final Set<String> MEASURES = Set.of("killed", "injured");

	@Override
	public String module() {
		return "incident";
	}

	@Override
	public boolean takes(String measure) {
		return MEASURES.contains(measure);
	}

	@Override
	public String form(Draft draft) {
		return UriComponentsBuilder.fromPath("/agreements/{id}/incidents/new")
			.queryParamIfPresent("from", java.util.Optional.ofNullable(draft.day()).map(d -> d.atStartOfDay().toString()))
			.queryParam("sourceKind", "news")
			.queryParam("source", draft.source())
			.queryParam("sourceLink", draft.link())
			.queryParamIfPresent("location", java.util.Optional.ofNullable(draft.place()))
			.queryParam("narrativeEn", draft.source() + ": " + draft.measure() + " " + draft.value())
			.buildAndExpand(draft.agreement())
			.encode()
			.toUriString();
	}

}
