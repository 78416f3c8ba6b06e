package org.raqib.server.osint;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Killed and injured in the news become a draft of an incident report: the incident form opened with the
 * day, the news as the kind of source, its publisher and the link back to the claim (whose page shows the
 * figure in its sentence); the mediator places it, types it, enters the casualties split between civilians
 * and combatants, writes the narrative in either language, and sends it.
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
			.buildAndExpand(draft.agreement())
			.encode()
			.toUriString();
	}

}
