package org.raqib.server.osint;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A claim of an article and the room's decision on it.
 *
 * @param number from 1, in text order.
 * @param day the day the claim is about in the agreement's zone; null when neither the text nor the
 * publication says.
 * @param cumulative the sentence gives a running total ("in total", "so far", "منذ بدء"), not a day's figure.
 * @param decision {@code accepted}, {@code rejected}, or null while the claim waits for review.
 * @param target the module an accepted claim's draft went to, or null.
 */
public record NewsClaim(String log, String article, int number, String measure, @Nullable Long amount,
		@Nullable Long upper, String bound, String surface, @Nullable String saidBy, @Nullable LocalDate day,
		@Nullable String place, boolean cumulative, int start, int end, @Nullable String decision,
		@Nullable String target, @Nullable String reason, @Nullable Long decisionIndex) {

	public static final String ACCEPTED = "accepted";

	public static final String REJECTED = "rejected";

	public boolean waiting() {
		return this.decision == null;
	}

	/** The claim's anchor on its article's page. */
	public String anchor() {
		return "claim-" + this.number;
	}

	public String boundKey() {
		return "osint.bound." + this.bound.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	public String measureKey() {
		return "osint.measure." + this.measure;
	}

}
