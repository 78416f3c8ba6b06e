package org.raqib.server.movement;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.raqib.server.agreement.compliance.Status;

/**
 * A day of movement as the room sees it: per crossing or route, the room's counts by category and direction,
 * other sources' counts beside them with the differences, the escort check, the named lists, and where the
 * agreement's movement obligations stand.
 */
public record MovementBoard(String agreement, LocalDate day, List<LocalDate> days, List<PassageDay> passages,
		List<ObligationDay> obligations, List<CrossingList> lists) {

	/** One crossing's or route's day. */
	public record PassageDay(Passage passage, String name, List<Row> rows, List<EscortCheck> escorts) {
	}

	/**
	 * One category in one direction: what the room counted (its standing counts added up), each count that
	 * makes it (flagged ones too, uncounted), and what other sources said.
	 */
	public record Row(MovementCategory category, Direction direction, long room, List<CrossingMovement> counts,
			List<Competing> competing) {
	}

	/** Another source's count, and how far it is from the room's (positive: the source says more). */
	public record Competing(CompetingCount count, long difference) {
	}

	/**
	 * A movement obligation of the agreement: its status now and, for a daily quota, the day's figure.
	 */
	public record ObligationDay(String id, String kind, Status status, String reason, List<Object> reasonArgs,
			@Nullable Long value, @Nullable Long target) {

		public String statusKey() {
			return "compliance.status." + this.status.name();
		}

		public String statusClass() {
			return this.status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}

		public boolean dayMet() {
			return this.value != null && this.target != null && this.value >= this.target;
		}

	}

}
