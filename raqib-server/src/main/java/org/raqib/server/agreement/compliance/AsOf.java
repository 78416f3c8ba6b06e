package org.raqib.server.agreement.compliance;

import java.time.Instant;

/**
 * The ways to ask for a status: {@link #latest} (everything recorded, judged now); as recorded up to a log
 * index (what the room knew when that entry was recorded, at {@code at}); or as of an event time (what is
 * known now of the facts that had occurred by {@code at}, judged at {@code at}).
 *
 * @param index the last log index counted, or -1 for every recorded entry.
 */
public record AsOf(View view, long index, Instant at) {

	public enum View {
		LATEST, RECORDED, EVENT
	}

	public static AsOf latest(Instant now) {
		return new AsOf(View.LATEST, -1, now);
	}

	public static AsOf recordedUpTo(long index, Instant recordedAt) {
		return new AsOf(View.RECORDED, index, recordedAt);
	}

	public static AsOf eventTime(Instant time) {
		return new AsOf(View.EVENT, -1, time);
	}

	/** Whether a fact is part of this view. */
	public boolean includes(Fact fact) {
		switch (this.view) {
			case RECORDED:
				return fact.index() <= this.index;
			case EVENT:
				return !fact.occurredAt().isAfter(this.at);
			default:
				return true;
		}
	}

}
