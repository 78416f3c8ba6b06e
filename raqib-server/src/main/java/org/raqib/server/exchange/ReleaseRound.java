package org.raqib.server.exchange;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A release round as the record has it now.
 *
 * @param agreedAt the time first planned; {@code plannedAt} moves when the round is delayed.
 * @param index the entry that planned it.
 */
public record ReleaseRound(String log, int round, Instant agreedAt, Instant plannedAt, @Nullable String place,
		String intermediary, RoundState status, @Nullable String reason, long index) {

	public boolean delayed() {
		return this.plannedAt.isAfter(this.agreedAt);
	}

	/** A status change as the round's timeline shows it. */
	public record Change(long index, RoundState status, Instant occurredAt, @Nullable Instant plannedAt,
			@Nullable String reason, String party, String state) {
	}

}
