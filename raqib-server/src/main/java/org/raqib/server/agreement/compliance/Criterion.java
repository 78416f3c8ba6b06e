package org.raqib.server.agreement.compliance;

import java.util.Map;

/**
 * What a tally counts: the facts of a selection that also have the values of {@code also} (the zone of a
 * restriction, the responsible party of a cessation) and occurred within a window.
 */
record Criterion(Selection selection, Map<String, String> also, Window window) {

	Criterion {
		also = Map.copyOf(also);
	}

	static Criterion of(Selection selection, Window window) {
		return new Criterion(selection, Map.of(), window);
	}

	/** Whether facts of this shape count; their time is checked by {@link #within}. */
	boolean matches(Fact shape) {
		return this.selection.matches(shape) && this.also.entrySet().stream().allMatch(e -> shape.has(e.getKey(), e.getValue()));
	}

	/** The first microsecond of the window. */
	long from() {
		return this.window.start() == null ? Micros.MIN : Micros.ceil(this.window.start());
	}

	/** The first microsecond after the window. */
	long until() {
		return this.window.end() == null ? Micros.MAX : Micros.ceil(this.window.end());
	}

}
