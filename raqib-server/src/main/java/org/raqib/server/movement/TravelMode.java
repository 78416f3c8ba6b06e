package org.raqib.server.movement;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How counted people travelled along a corridor: on foot, or in vehicles. Only routes take a mode. */
public enum TravelMode {

	FOOT, VEHICLE;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public String messageKey() {
		return "movement.mode." + code();
	}

	public static Optional<TravelMode> ofCode(String code) {
		return Arrays.stream(values()).filter(m -> m.code().equals(code)).findFirst();
	}

}
