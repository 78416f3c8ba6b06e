package org.raqib.server.incident;

import java.util.Optional;

/** The closed lists of an incident's fields, each with its code (as payloads write it) and message key. */
public final class Fields {

	private Fields() {
	}

	/** How the monitor detected it (the OSCE reports' "heard", "saw", camera, UAV) or that it was reported. */
	public enum Detection {

		HEARING, SIGHT, CAMERA, UAV, REPORT;

		public String code() {
			return Codes.code(this);
		}

		public String messageKey() {
			return "incident.detection." + code();
		}

	}

	/** The class of weapon observed. */
	public enum Weapon {

		SMALL_ARMS, HEAVY_MACHINE_GUN, MORTAR, ARTILLERY, ROCKETS, TANK, AIRCRAFT, DRONE, EXPLOSIVE, UNKNOWN;

		public String code() {
			return Codes.code(this);
		}

		public String messageKey() {
			return "incident.weapon." + code();
		}

	}

	/** Who says it happened. */
	public enum SourceKind {

		PARTY_REPORT, MONITOR, AGENCY, NEWS;

		public String code() {
			return Codes.code(this);
		}

		public String messageKey() {
			return "incident.source-kind." + code();
		}

	}

	/** How far the room trusts a source for this report. */
	public enum Reliability {

		CONFIRMED, PROBABLE, POSSIBLE, DOUBTFUL, UNKNOWN;

		public String code() {
			return Codes.code(this);
		}

		public String messageKey() {
			return "incident.reliability." + code();
		}

	}

	/** ACLED's actor classes, the {@code inter1}/{@code inter2} codes 1 to 8. */
	public enum ActorClass {

		STATE_FORCES, REBEL_GROUP, POLITICAL_MILITIA, IDENTITY_MILITIA, RIOTERS, PROTESTERS, CIVILIANS, EXTERNAL_FORCES;

		public int inter() {
			return ordinal() + 1;
		}

		public String code() {
			return Codes.code(this);
		}

		public String messageKey() {
			return "incident.actor-class." + code();
		}

		static Optional<ActorClass> ofInter(int inter) {
			return inter >= 1 && inter <= values().length ? Optional.of(values()[inter - 1]) : Optional.empty();
		}

	}

}
