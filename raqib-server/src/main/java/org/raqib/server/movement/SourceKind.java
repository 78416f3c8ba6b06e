package org.raqib.server.movement;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Who published a competing count: a ministry, a UN agency, a monitor team, the news, a party, another. */
public enum SourceKind {

	MINISTRY, UN_AGENCY, MONITOR_TEAM, NEWS, PARTY, OTHER;

	public String code() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public String messageKey() {
		return "movement.source.kind." + code();
	}

	public static Optional<SourceKind> ofCode(String code) {
		return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
	}

}
