package org.raqib.server.agreement.compliance;

import java.time.Instant;

/**
 * Times as whole microseconds since the epoch: what the database keeps of a timestamp, so facts read
 * back after a restart compare exactly as they did when recorded, and a long where memory holds a million.
 */
final class Micros {

	static final long MIN = Long.MIN_VALUE;

	static final long MAX = Long.MAX_VALUE;

	private Micros() {
	}

	/** The microsecond an instant falls in. */
	static long floor(Instant t) {
		return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1000);
	}

	/** The first whole microsecond not before an instant: {@code m >= t} exactly when {@code m >= ceil(t)}. */
	static long ceil(Instant t) {
		return floor(t) + (t.getNano() % 1000 == 0 ? 0 : 1);
	}

	static Instant instant(long micros) {
		return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000);
	}

	static Instant truncated(Instant t) {
		return t.getNano() % 1000 == 0 ? t : instant(floor(t));
	}

}
