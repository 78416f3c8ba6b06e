package org.raqib.server.exchange;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a release round stands: planned, then in progress and completed, or delayed or cancelled. */
public enum RoundState {

	PLANNED, IN_PROGRESS, COMPLETED, DELAYED, CANCELLED;

	public String code() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public String messageKey() {
		return "exchange.round.state." + code();
	}

	/** Delays and cancellations say why. */
	public boolean needsReason() {
		return this == DELAYED || this == CANCELLED;
	}

	/** A round that is over takes no further status. */
	public boolean isFinal() {
		return this == COMPLETED || this == CANCELLED;
	}

	public static Optional<RoundState> ofCode(String code) {
		return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
	}

}
