package org.raqib.server.movement;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Who crossed, as the room counts them. {@link #VEHICLE} counts vehicles, not people: the demo agreement's
 * {@code return-by-vehicle} obligation counts vehicles on Salah al-Din road, so a vehicle count is its own
 * category; how counted people travelled is the separate, optional {@link TravelMode}.
 */
public enum MovementCategory {

	PATIENT, ESCORT, RETURNEE, FOREIGN_NATIONAL, HUMANITARIAN_STAFF, OTHER, VEHICLE;

	/** The name in payloads, forms and facts, such as {@code foreign-national}. */
	public String code() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public String messageKey() {
		return "movement.category." + code();
	}

	/** Whether a named list may name persons of this category (vehicles have no names). */
	public boolean named() {
		return this != VEHICLE;
	}

	public static Optional<MovementCategory> ofCode(String code) {
		return Arrays.stream(values()).filter(c -> c.code().equals(code)).findFirst();
	}

}
