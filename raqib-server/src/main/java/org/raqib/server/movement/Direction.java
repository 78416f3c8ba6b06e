package org.raqib.server.movement;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Which way people crossed: into the territory the agreement covers, or out of it. */
public enum Direction {

	IN, OUT;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public String messageKey() {
		return "movement.direction." + code();
	}

	public static Optional<Direction> ofCode(String code) {
		return Arrays.stream(values()).filter(d -> d.code().equals(code)).findFirst();
	}

}
