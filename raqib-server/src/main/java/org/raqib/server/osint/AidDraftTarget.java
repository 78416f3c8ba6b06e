package org.raqib.server.osint;

import java.util.List;
import java.util.Optional;

import org.raqib.server.aid.CompetingCounts;
import org.raqib.server.aid.Stage;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Trucks in the news become a draft of the aid module's count of another source (its counts form, the news as
 * the source type, the crossing stage, all crossings until the mediator names one); confirming records
 * {@code aid.count-reported/v1} carrying the claim link.
 */
@Component
class AidDraftTarget implements DraftTarget {

	private static final List<String> MEASURES = List.of("aid-trucks", "fuel-trucks");

	private final CompetingCounts counts;

	AidDraftTarget(CompetingCounts counts) {
		this.counts = counts;
	}

	@Override
	public String module() {
		return "aid";
	}

	@Override
	public boolean takes(String measure) {
		return MEASURES.contains(measure);
	}

	@Override
	public String form(Draft draft) {
		return UriComponentsBuilder.fromPath("/agreements/{id}/aid/counts")
			.queryParam("date", draft.day())
			.queryParam("crossing", CompetingCounts.ALL_CROSSINGS)
			.queryParam("stage", Stage.CROSSED.code())
			.queryParam("trucks", draft.value())
			.queryParam("source", draft.source())
			.queryParam("sourceType", "news")
			.queryParam("link", draft.link())
			.buildAndExpand(draft.agreement())
			.encode()
			.toUriString();
	}

	@Override
	public Optional<Long> confirmedBy(Draft draft) {
		return this.counts.compare(draft.agreement()).stream()
			.flatMap(c -> c.sources().stream())
			.map(CompetingCounts.Sourced::count)
			.filter(c -> draft.link().equals(c.link()))
			.map(org.raqib.server.aid.CompetingCount::index)
			.findFirst();
	}

}
