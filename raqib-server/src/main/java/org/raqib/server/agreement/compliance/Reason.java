package org.raqib.server.agreement.compliance;

/**
 * Why an obligation has its status: each is the message {@code compliance.reason.<key>} in
 * {@code messages*.properties}, with the arguments each judge documents.
 */
enum Reason {

	/** {0} when the window starts. */
	PENDING("pending"),
	/** {0} the measure no module records. */
	UNKNOWN_MEASURE("unknown-measure"),
	/** A deadline without {@code at} or window end. */
	NO_DEADLINE("no-deadline"),
	/** An {@code AHEAD_OF} deadline without a trigger. */
	NO_TRIGGER("no-trigger"),
	/** {0} days below, {1} target, {2} unit, {3} the first such day, {4} its count. */
	QUOTA_DAY_BELOW("quota.day-below"),
	/** {0} today so far, {1} unit, {2} the pace by now, {3} target. */
	QUOTA_TODAY_BEHIND("quota.today-behind"),
	/** {0} complete days, {1} target, {2} unit. */
	QUOTA_ON_TRACK("quota.on-track"),
	/** {0} complete days, {1} target, {2} unit. */
	QUOTA_MET("quota.met"),
	/** {0} total, {1} target, {2} unit. */
	TOTAL_REACHED("total.reached"),
	/** {0} total, {1} target, {2} unit. */
	TOTAL_SHORT("total.short"),
	/** {0} total, {1} target, {2} unit, {3} the pace by now. */
	TOTAL_BEHIND("total.behind"),
	/** {0} total, {1} target, {2} unit. */
	TOTAL_ON_PACE("total.on-pace"),
	/** {0} group, {1} released, {2} counted, {3} due, {4} ratio. */
	RATIO_BELOW("ratio.below"),
	/** {0} group, {1} counted, {2} due. */
	RATIO_NOT_RELEASED("ratio.not-released"),
	/** {0} group, {1} counted, {2} due. */
	RATIO_AWAITING("ratio.awaiting"),
	/** {0} released, {1} counted, {2} ratio. */
	RATIO_MET("ratio.met"),
	/** {0} when done, {1} deadline. */
	DEADLINE_DONE("deadline.done"),
	/** {0} when done, {1} deadline. */
	DEADLINE_LATE("deadline.late"),
	/** {0} deadline. */
	DEADLINE_MISSED("deadline.missed"),
	/** {0} deadline. */
	DEADLINE_DUE("deadline.due"),
	/** {0} deadline. */
	DEADLINE_DUE_SOON("deadline.due-soon"),
	/** {0} how many, {1} the time they had to wait for, {2} the first. */
	DEADLINE_TOO_EARLY("deadline.too-early"),
	/** {0} the time they had to wait for. */
	DEADLINE_NOT_BEFORE_KEPT("deadline.not-before-kept"),
	/** {0} how many not preceded, {1} how many in all, {2} lead in hours, {3} the first not preceded. */
	DEADLINE_NOT_AHEAD("deadline.not-ahead"),
	/** {0} how many in all, {1} lead in hours. */
	DEADLINE_AHEAD("deadline.ahead"),
	/** {0} how many, {1} zone, {2} the first. */
	ZONE_ENTERED("zone.entered"),
	/** {0} zone. */
	ZONE_CLEAR("zone.clear"),
	/** {0} how many, {1} party, {2} the first. */
	CESSATION_VIOLATED("cessation.violated"),
	/** {0} party. */
	CESSATION_KEPT("cessation.kept");

	private final String key;

	Reason(String key) {
		this.key = "compliance.reason." + key;
	}

	String key() {
		return this.key;
	}

}
