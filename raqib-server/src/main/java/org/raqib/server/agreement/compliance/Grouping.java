package org.raqib.server.agreement.compliance;

import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

/**
 * How a tally splits what it counts: not at all, by calendar day in the agreement's time zone (keys are
 * {@code LocalDate}s), or by the values of one dimension (keys are the values; a fact without the
 * dimension falls in {@link #UNGROUPED}, a fact with several values in each of them).
 */
record Grouping(@Nullable ZoneId zone, @Nullable String dimension) {

	static final String UNGROUPED = "";

	static final Grouping NONE = new Grouping(null, null);

	static Grouping byDay(ZoneId zone) {
		return new Grouping(zone, null);
	}

	static Grouping by(@Nullable String dimension) {
		return dimension == null ? NONE : new Grouping(null, dimension);
	}

}
