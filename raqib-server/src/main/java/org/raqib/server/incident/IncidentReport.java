package org.raqib.server.incident;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a report says happened, as its reporter gives it: the fields of an OSCE observation and of an ACLED
 * event. The zones and the nearest post are not given: the room computes them from the place.
 *
 * @param timePrecision ACLED's 1 (the date is known), 2 (the week), 3 (the month).
 * @param geoPrecision ACLED's 1 (the town), 2 (a part of a region), 3 (a region or the nearest feature).
 * @param responsible the party alleged responsible: one of the agreement's parties, or none.
 * @param demo whether it is the demo's invented data.
 */
public record IncidentReport(Instant from, Instant to, int timePrecision, double lon, double lat, int geoPrecision,
		@Nullable String location, IncidentType type, @Nullable String responsible, List<Actor> actors,
		@Nullable Observation observation, Casualties casualties, List<Source> sources, Narrative narrative,
		List<Attachment> attachments, boolean demo) {

	public IncidentReport {
		actors = List.copyOf(actors);
		sources = List.copyOf(sources);
		attachments = List.copyOf(attachments);
	}

	/** An actor on one side (ACLED's actor 1 or 2; no direction implied), its class, and its party if any. */
	public record Actor(int side, String name, Fields.ActorClass actorClass, @Nullable String party) {
	}

	/** What a monitor observed: how, which weapon, how many, from where and which way. */
	public record Observation(Fields.Detection detection, Fields.@Nullable Weapon weapon, @Nullable Integer count,
			@Nullable String bearing, @Nullable Double distanceFromKm, @Nullable Double distanceToKm,
			@Nullable String directionOfFire, @Nullable String observerPost) {
	}

	/** Killed and injured, civilians and combatants, and how many of them women and children. */
	public record Casualties(int killedCivilians, int killedCombatants, int injuredCivilians, int injuredCombatants,
			int women, int children) {

		public static final Casualties NONE = new Casualties(0, 0, 0, 0, 0, 0);

		public int killed() {
			return this.killedCivilians + this.killedCombatants;
		}

		public int injured() {
			return this.injuredCivilians + this.injuredCombatants;
		}

	}

	/** Who says so: a party's report, a monitor, an agency, a news claim, and how reliable it is. */
	public record Source(Fields.SourceKind kind, String name, Fields.Reliability reliability, @Nullable String link) {
	}

	/** The account in either language or both. */
	public record Narrative(@Nullable String ar, @Nullable String en) {

		public String in(String language) {
			String preferred = "ar".equals(language) ? this.ar : this.en;
			String other = "ar".equals(language) ? this.en : this.ar;
			return preferred != null ? preferred : other == null ? "" : other;
		}

	}

	/** A file kept beside the record under its SHA-256; the payload holds the hash, never the file. */
	public record Attachment(String sha256, String mediaType, long bytes, String name) {
	}

}
