package org.raqib.server.agreement.compliance;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One counted fact, taken from one log entry by the module that owns the entry's kind: what was counted
 * ({@code measure}), how many, when it happened and when the room recorded it, the party it is attributed
 * to, and its dimensions (category, cargo, destination, crossing, zone, type, round…), each with one or
 * more values.
 *
 * @param index the log index of the entry the fact comes from: the evidence an assessment names.
 */
public record Fact(String log, long index, Instant recordedAt, Instant occurredAt, String measure,
		@Nullable String party, long quantity, Map<String, Set<String>> dimensions) {

	public Fact {
		dimensions = Map.copyOf(dimensions);
	}

	/** Whether the fact has this value for the dimension ({@code party} is the fact's party). */
	public boolean has(String dimension, String value) {
		if (Selection.PARTY.equals(dimension)) {
			return value.equals(this.party);
		}
		Set<String> values = this.dimensions.get(dimension);
		return values != null && values.contains(value);
	}

}
