package org.raqib.server.movement;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One of the room's counts as the projection holds it.
 *
 * @param day the local day its window starts in: the day it counts for.
 * @param state {@code counted}, {@code conflict} (kept, flagged with the rule it broke, not counted),
 * {@code corrected} or {@code retracted}.
 */
public record CrossingMovement(long index, String party, Passage passage, Direction direction,
		MovementCategory category, @Nullable TravelMode mode, long count, Instant from, Instant to, LocalDate day,
		Instant recordedAt, String state, @Nullable String conflict) {

	public boolean counts() {
		return "counted".equals(this.state) || "corrected".equals(this.state);
	}

}
