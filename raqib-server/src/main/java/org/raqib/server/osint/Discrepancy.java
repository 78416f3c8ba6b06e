package org.raqib.server.osint;

import java.time.LocalDate;
import java.util.List;

/**
 * A news claim whose figure the record contradicts for the same measure and day.
 *
 * @param recordMeasure the record's measure ({@code aid.trucks}…) the claim was compared with.
 * @param recorded the record's figure: the day's total, or the running total to the end of the day for a
 * cumulative claim.
 * @param evidence the log indexes of the entries the record's figure comes from.
 */
public record Discrepancy(NewsClaim claim, NewsArticle article, String recordMeasure, LocalDate day,
		long recorded, List<Long> evidence) {

	public Discrepancy {
		evidence = List.copyOf(evidence);
	}

	/** The claimed figure as written: a value, a range or a bound. */
	public long claimed() {
		return this.claim.amount() == null ? 0 : this.claim.amount();
	}

	public long difference() {
		return claimed() - this.recorded;
	}

}
