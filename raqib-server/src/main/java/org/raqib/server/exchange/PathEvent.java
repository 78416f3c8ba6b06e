package org.raqib.server.exchange;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A step entry as a round's page shows it.
 *
 * @param joined the entry this one refers to (the other half of a handover).
 * @param conflict the rule it broke when recorded out of turn; it then moved nobody.
 * @param state {@code current}, {@code corrected} or {@code retracted}.
 */
public record PathEvent(long index, PathStep step, int round, String party, Instant occurredAt, @Nullable String place,
		@Nullable String reason, int persons, @Nullable Long joined, @Nullable String conflict, String state) {
}
