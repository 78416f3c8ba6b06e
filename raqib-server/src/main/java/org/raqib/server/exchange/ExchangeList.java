package org.raqib.server.exchange;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A list as the record has it: {@code open} while only parts are recorded, {@code submitted} once handed
 * over, {@code retracted} when withdrawn by a retraction of its closing entry.
 *
 * @param index the closing entry, once there is one.
 * @param conflict the rule a closing entry broke, if one did.
 */
public record ExchangeList(String log, String listId, @Nullable Integer round, String party, int persons,
		@Nullable String legalBasis, @Nullable LocalDate retainUntil, @Nullable Instant handedOverAt,
		@Nullable Long index, String state, @Nullable String conflict) {

	public boolean submitted() {
		return "submitted".equals(this.state);
	}

}
