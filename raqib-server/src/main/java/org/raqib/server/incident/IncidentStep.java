package org.raqib.server.incident;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One step of an incident's history: a status it moved to ({@code under-review}…{@code published}), a
 * duplicate merged ({@code merged}), or a breach confirmed ({@code breach}, the obligation in {@code note}).
 *
 * @param conflict the rule the step broke, when it was recorded but not applied.
 */
public record IncidentStep(long index, long incident, String step, String party, String recordedBy,
		Instant recordedAt, @Nullable String note, @Nullable String conflict) {

	public String messageKey() {
		return "incident.history." + this.step;
	}

}
