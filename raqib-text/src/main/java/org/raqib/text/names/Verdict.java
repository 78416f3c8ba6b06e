package org.raqib.text.names;

/** What a pair's score says: the same person, perhaps (for a person to confirm), or not. */
public enum Verdict {

	MATCHED, PROBABLE, UNMATCHED;

	static final double MATCHED_FROM = 0.88;

	static final double PROBABLE_FROM = 0.72;

	static Verdict of(double score) {
		return score >= MATCHED_FROM ? MATCHED : score >= PROBABLE_FROM ? PROBABLE : UNMATCHED;
	}

}
