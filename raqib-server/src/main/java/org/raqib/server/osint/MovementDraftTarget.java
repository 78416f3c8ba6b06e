package org.raqib.server.osint;

import java.util.Map;

import org.raqib.server.movement.Direction;
import org.raqib.server.movement.MovementCategory;
import org.raqib.server.movement.SourceKind;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * People crossing in the news (patients, escorts, returnees) become a draft of the movement module's count of
 * another source (the form on its board, the news as the kind of source); confirming records
 * {@code movement.reported-count/v1} carrying the claim link.
 */
@Component
class MovementDraftTarget implements DraftTarget {

	private static final Map<String, MovementCategory> CATEGORIES = Map.of("patients", MovementCategory.PATIENT,
			"escorts", MovementCategory.ESCORT, "returnees", MovementCategory.RETURNEE);

	@Override
	public String module() {
		return "movement";
	}

	@Override
	public boolean takes(String measure) {
		return CATEGORIES.containsKey(measure);
	}

	@Override
	public String form(Draft draft) {
		MovementCategory category = CATEGORIES.get(draft.measure());
		Direction direction = category == MovementCategory.RETURNEE ? Direction.IN : Direction.OUT;
		return UriComponentsBuilder.fromPath("/agreements/{id}/movement")
			.queryParam("day", draft.day())
			.queryParam("source", draft.source())
			.queryParam("sourceKind", SourceKind.NEWS.code())
			.queryParam("category", category == null ? null : category.code())
			.queryParam("direction", direction.code())
			.queryParam("count", draft.value())
			.queryParam("passage", draft.place() == null ? null : "crossing:" + draft.place())
			.queryParam("link", draft.link())
			.buildAndExpand(draft.agreement())
			.encode()
			.toUriString() + "#competing";
	}

}
