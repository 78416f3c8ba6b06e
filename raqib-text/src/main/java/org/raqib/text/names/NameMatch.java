package org.raqib.text.names;

import java.util.List;

/**
 * The comparison of two persons: a verdict, a score between 0 and 1 and the reasons behind it.
 */
public record NameMatch(Verdict verdict, double score, List<MatchReason> reasons) {

	public NameMatch {
		reasons = List.copyOf(reasons);
	}

}
