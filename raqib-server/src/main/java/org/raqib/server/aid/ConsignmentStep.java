package org.raqib.server.aid;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One step of a consignment (its registration included) as the record holds it; {@code conflict} names the
 * rule it broke when it was kept without moving anything, and {@code waitedSeconds} the time the consignment
 * spent in {@code priorStage}.
 */
public record ConsignmentStep(long index, String reference, Stage stage, String party, Instant occurredAt,
		String crossing, int trucks, @Nullable Stage priorStage, @Nullable Long waitedSeconds, @Nullable String reason,
		@Nullable String manner, @Nullable String note, @Nullable String conflict) {
}
