package org.raqib.server.movement;

/**
 * Where people crossed: a crossing of the agreement's geography, or a route (a corridor zone) for
 * movements such as the return north along Al-Rashid road.
 *
 * @param route true for a route, false for a crossing; it names the fact's dimension.
 */
public record Passage(String id, boolean route) {

	public static Passage crossing(String id) {
		return new Passage(id, false);
	}

	public static Passage route(String id) {
		return new Passage(id, true);
	}

	/** {@code crossing} or {@code route}: the payload's field and the fact's dimension. */
	public String kind() {
		return this.route ? "route" : "crossing";
	}

	static Passage of(String kind, String id) {
		return new Passage(id, "route".equals(kind));
	}

}
