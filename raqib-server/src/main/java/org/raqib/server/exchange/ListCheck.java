package org.raqib.server.exchange;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A list file checked row by row: the persons of the rows, each with the row it came from, or the
 * problems found; a list with any problem is not submitted.
 */
record ListCheck(List<ListedPerson> persons, List<Integer> rows, List<ListProblem> problems) {

	ListCheck {
		persons = List.copyOf(persons);
		rows = List.copyOf(rows);
		problems = List.copyOf(problems);
	}

	boolean valid() {
		return this.problems.isEmpty();
	}

	/** How many persons fall in each category (a person counts in each of its categories). */
	Map<String, Long> byCategory() {
		var counts = new TreeMap<String, Long>();
		this.persons.forEach(p -> p.categories().forEach(c -> counts.merge(c.code(), 1L, Long::sum)));
		return counts;
	}

	Map<String, Long> byDestination() {
		var counts = new TreeMap<String, Long>();
		this.persons.forEach(p -> counts.merge(p.destination().code(), 1L, Long::sum));
		return counts;
	}

}
