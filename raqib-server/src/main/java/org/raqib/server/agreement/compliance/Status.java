package org.raqib.server.agreement.compliance;

/** Where an obligation stands. {@link #AT_RISK} is computed when asked, never stored. */
public enum Status {
	/** Its window has not begun. */
	PENDING,
	/** Met so far. */
	ON_TRACK,
	/** Not yet breached, but the pace or the time left says it will be. */
	AT_RISK,
	BREACHED,
	/** Its window is over (or its deed done) and it was met. */
	FULFILLED,
	/** No module records what it counts, or the facts needed are missing. */
	NOT_ASSESSABLE
}
