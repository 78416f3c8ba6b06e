package org.raqib.server.incident;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Which incidents a list, a map or an export shows: a period of local days (both included), and optionally an
 * event type, a sub-type, statuses, the party alleged responsible and a box of longitudes and latitudes; at most
 * {@code limit}. Merged duplicates are never shown on their own.
 */
public record IncidentFilter(LocalDate from, LocalDate to, IncidentType.@Nullable Event event,
		@Nullable IncidentType type, Set<IncidentStatus> statuses, @Nullable String party, @Nullable Box box,
		int limit) {

	public static final int MAX_LIMIT = 5_000;

	public IncidentFilter {
		statuses = Set.copyOf(statuses);
	}

	/** West, south, east, north, in degrees. */
	public record Box(double west, double south, double east, double north) {
	}

	/** Only published incidents: what a viewer may see. */
	public IncidentFilter publishedOnly() {
		return new IncidentFilter(this.from, this.to, this.event, this.type, Set.of(IncidentStatus.PUBLISHED),
				this.party, this.box, this.limit);
	}

	public IncidentFilter withLimit(int most) {
		return new IncidentFilter(this.from, this.to, this.event, this.type, this.statuses, this.party, this.box, most);
	}

	public static IncidentFilter period(LocalDate from, LocalDate to, Set<IncidentStatus> statuses) {
		return new IncidentFilter(from, to, null, null, statuses, null, null, MAX_LIMIT);
	}

}
