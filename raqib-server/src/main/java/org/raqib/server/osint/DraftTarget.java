package org.raqib.server.osint;

import java.util.Optional;

/**
 * A module an accepted claim can become a draft in. Each module that records figures news report has one
 * implementation (a Spring bean): adding a module is adding one class that says which news measures it takes,
 * the address of its form prefilled with the draft, and, where its public API can tell, the entry that
 * confirmed the draft (found by the claim link the entry carries).
 */
public interface DraftTarget {

	/** The module's name, as decisions record it: {@code aid}, {@code movement}, {@code exchange}… */
	String module();

	/** Whether this module records the figures of a news measure ({@code aid-trucks}, {@code patients}…). */
	boolean takes(String measure);

	/** The module's form, opened prefilled with the draft for a mediator to complete and confirm. */
	String form(Draft draft);

	/** The index of the module's entry that carries the draft's link, once one was recorded. */
	default Optional<Long> confirmedBy(Draft draft) {
		return Optional.empty();
	}

}
