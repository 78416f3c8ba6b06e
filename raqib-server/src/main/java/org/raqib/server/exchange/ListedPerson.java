package org.raqib.server.exchange;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.raqib.server.person.PersonData;

/**
 * One person on a list: their data (kept in the person store, never in the record), what they are, whom
 * they are released for when an agreement's ratio counts them against the other side's category, and
 * where they go.
 *
 * @param forCategory the other side's category this release is counted against ({@code civilian} for
 * the 30 prisoners released per civilian), or null when no ratio counts it.
 */
public record ListedPerson(PersonData data, Set<Category> categories, @Nullable Category forCategory,
		Destination destination) {

	public ListedPerson {
		categories = Set.copyOf(categories);
	}

}
