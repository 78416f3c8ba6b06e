package org.raqib.server.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An incident as the room sees it now: its report's main fields, where the room placed it, and where its
 * workflow stands. The full report is its entry's payload.
 *
 * @param index the log index of its incident.reported/v1 entry: the incident's number.
 * @param duplicateOf the incident it was merged into, if it was found to be a duplicate.
 */
public record Incident(String log, long index, String party, String reportedBy, Instant recordedAt, Instant from,
		Instant to, LocalDate day, int timePrecision, double lon, double lat, int geoPrecision,
		@Nullable String location, List<String> zones, List<String> nearZones, @Nullable String nearestPost,
		@Nullable Double postKm, IncidentType type, @Nullable String responsible, @Nullable String actor1,
		@Nullable Integer inter1, @Nullable String actor2, @Nullable Integer inter2, int killed, int injured,
		String summary, boolean demo, IncidentStatus status, @Nullable String reviewedBy, @Nullable String verifiedBy,
		@Nullable Long duplicateOf) {

	public Incident {
		zones = List.copyOf(zones);
		nearZones = List.copyOf(nearZones);
	}

	public boolean published() {
		return this.status == IncidentStatus.PUBLISHED;
	}

	/** Without the names of the room's users who reported, reviewed and verified it: what the public reads. */
	public Incident forPublic() {
		return new Incident(this.log, this.index, this.party, "", this.recordedAt, this.from, this.to, this.day,
				this.timePrecision, this.lon, this.lat, this.geoPrecision, this.location, this.zones, this.nearZones,
				this.nearestPost, this.postKm, this.type, this.responsible, this.actor1, this.inter1, this.actor2,
				this.inter2, this.killed, this.injured, this.summary, this.demo, this.status, null, null,
				this.duplicateOf);
	}

	public boolean merged() {
		return this.duplicateOf != null;
	}

}
