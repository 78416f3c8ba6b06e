package org.raqib.server.agreement.compliance;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What an agreement requires of a party, tied to one of its provisions. Six kinds; each names the facts
 * it counts by {@link Selection}s and the time it applies by a {@link Window}, already resolved to
 * instants by the agreement (phases, "day 16").
 */
public sealed interface Obligation permits Obligation.Quota, Obligation.Ratio, Obligation.Total,
		Obligation.Deadline, Obligation.ZoneRestriction, Obligation.Cessation {

	/** Unique within the agreement. */
	String id();

	/** The provision of the agreement this obligation comes from. */
	String provision();

	/** The party code that answers for it. */
	String responsible();

	Window window();

	/** The period a quota counts over. */
	enum Period {
		/** Each calendar day in the agreement's time zone. */
		DAY,
		/** The whole window. */
		WINDOW
	}

	/** At least {@code atLeast} of the counted facts' quantities per period (600 trucks a day). */
	record Quota(String id, String provision, String responsible, Window window, Selection counted, long atLeast,
			Period per, String unit) implements Obligation {
	}

	/**
	 * {@code ratio} of {@code released} per one of {@code per} (30 prisoners per civilian), checked per value
	 * of the {@code groupBy} dimension (per round) when it is set, and cumulatively.
	 */
	record Ratio(String id, String provision, String responsible, Window window, Selection released, Selection per,
			long ratio, @Nullable String groupBy) implements Obligation {
	}

	/** A count over the window reaching {@code atLeast} by its end (33 held persons in phase 1). */
	record Total(String id, String provision, String responsible, Window window, Selection counted, long atLeast,
			String unit) implements Obligation {
	}

	/** The ways a deadline binds. */
	enum Timing {
		/** A fact of {@code done} occurs no later than {@code at}. */
		DONE_BY,
		/** No fact of {@code done} occurs before {@code at}. */
		NOT_BEFORE,
		/**
		 * Each fact of {@code trigger} is preceded, by at least {@code lead}, by a fact of {@code done} with the
		 * same value of {@code matchOn} (names handed over 24 hours before each release of the same round).
		 */
		AHEAD_OF
	}

	record Deadline(String id, String provision, String responsible, Window window, Selection done, Timing timing,
			@Nullable Instant at, @Nullable Selection trigger, @Nullable Duration lead, @Nullable String matchOn)
			implements Obligation {
	}

	/** No fact of {@code prohibited} with the dimension {@code zone} naming {@code zone} (the DMZ). */
	record ZoneRestriction(String id, String provision, String responsible, Window window, Selection prohibited,
			String zone) implements Obligation {
	}

	/** No fact of {@code violations} attributed to the responsible party from the window's start on. */
	record Cessation(String id, String provision, String responsible, Window window, Selection violations)
			implements Obligation {
	}

}
