package org.raqib.server.reconcile;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a person of the room decided about a probable pair: one person, or two. */
enum Decision {

	CONFIRMED, REJECTED;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public String messageKey() {
		return "reconcile.decision." + code();
	}

	static Optional<Decision> ofCode(String code) {
		return Arrays.stream(values()).filter(d -> d.code().equals(code)).findFirst();
	}

}
