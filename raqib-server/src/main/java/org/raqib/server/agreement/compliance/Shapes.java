package org.raqib.server.agreement.compliance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The distinct kinds of fact in a log (measure, party and dimensions), numbered. A million trucks come in
 * a few hundred shapes, so a tally decides once per shape whether it counts them, and memory keeps each
 * shape's dimensions once.
 */
final class Shapes {

	private record Shape(String measure, @Nullable String party, Map<String, Set<String>> dimensions) {
	}

	private final Map<Shape, Integer> ids = new HashMap<>();

	/** For each shape, the first fact of it: what selections are matched against. */
	private final List<Fact> first = new ArrayList<>();

	int id(Fact fact) {
		Shape shape = new Shape(fact.measure(), fact.party(), fact.dimensions());
		Integer id = this.ids.get(shape);
		if (id == null) {
			id = this.first.size();
			this.ids.put(shape, id);
			this.first.add(fact);
		}
		return id;
	}

	Fact fact(int id) {
		return this.first.get(id);
	}

	int size() {
		return this.first.size();
	}

}
