package org.raqib.server.agreement.compliance;

import java.util.Map;

/**
 * Which facts an obligation counts: one measure, and for each named dimension the value a fact must have
 * ({@code party} selects by the fact's party).
 */
public record Selection(String measure, Map<String, String> filter) {

	public static final String PARTY = "party";

	public Selection {
		filter = Map.copyOf(filter);
	}

	public boolean matches(Fact fact) {
		return fact.measure().equals(this.measure)
				&& this.filter.entrySet().stream().allMatch(e -> fact.has(e.getKey(), e.getValue()));
	}

}
