package org.raqib.server.movement;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A named list of people crossing as the room sees it: how many persons of each category it names, and
 * the counts it names them for. Persons themselves are references; their data is in the person store.
 *
 * @param state {@code listed}, or {@code conflict} with the rule it broke.
 */
public record CrossingList(String listId, long index, String party, LocalDate day, String passage, int persons,
		List<Long> counts, Map<MovementCategory, Long> named, String state, @Nullable String conflict) {

	/** A listed person: a reference and the category the list names them under. */
	public record Member(String ref, MovementCategory category) {
	}

}
