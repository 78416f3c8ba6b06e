package org.raqib.server.movement;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A count another source published for a day (the Gaza Ministry of Health, WHO, a monitor team, the news),
 * recorded by a room member as the source said it. It stands beside the room's own count and never
 * overrides it, nor is it counted for the agreement's obligations.
 */
public record CompetingCount(long index, String party, String source, SourceKind sourceKind, @Nullable String link,
		Passage passage, Direction direction, MovementCategory category, long count, LocalDate day,
		@Nullable String note, Instant recordedAt, String state, @Nullable String conflict) {
}
