package org.raqib.server.incident;

import java.util.Optional;
import java.util.Set;

/**
 * Where a report stands: reported → under review → verified, not verified or dismissed → published. A
 * dismissed report is never published; one not verified may be, saying so.
 */
public enum IncidentStatus {

	REPORTED, UNDER_REVIEW, VERIFIED, NOT_VERIFIED, DISMISSED, PUBLISHED;

	public String code() {
		return Codes.code(this);
	}

	public String messageKey() {
		return "incident.status." + code();
	}

	/** The statuses a step to this one may start from. */
	Set<IncidentStatus> from() {
		switch (this) {
			case UNDER_REVIEW:
				return Set.of(REPORTED);
			case VERIFIED:
			case NOT_VERIFIED:
			case DISMISSED:
				return Set.of(UNDER_REVIEW);
			case PUBLISHED:
				return Set.of(VERIFIED, NOT_VERIFIED);
			default:
				return Set.of();
		}
	}

	/** The outcomes of a review, recorded by the holder of the verifying grant. */
	boolean isVerdict() {
		return this == VERIFIED || this == NOT_VERIFIED || this == DISMISSED;
	}

	static Optional<IncidentStatus> ofCode(String code) {
		return Codes.parse(IncidentStatus.class, code);
	}

}
