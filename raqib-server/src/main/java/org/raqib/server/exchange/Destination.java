package org.raqib.server.exchange;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a released person goes: home, or deported abroad. */
public enum Destination {

	HOME, ABROAD;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public String messageKey() {
		return "exchange.destination." + code();
	}

	public static Optional<Destination> ofCode(String code) {
		return Arrays.stream(values()).filter(d -> d.code().equals(code)).findFirst();
	}

}
