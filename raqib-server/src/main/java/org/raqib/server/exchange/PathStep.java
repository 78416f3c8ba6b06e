package org.raqib.server.exchange;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The steps of a held person's path: listed → identity confirmed (by the intermediary) → transferred
 * (by the custodian, to the intermediary) → handed over (by the intermediary, joined by {@code ref} to
 * the custodian's transfer) → received (by the receiving side), or remains returned; or withdrawn with
 * a reason before the transfer. {@link #LISTED} is where the list puts a person, not a step anyone takes.
 */
public enum PathStep {

	LISTED, IDENTITY_CONFIRMED, TRANSFERRED, HANDED_OVER, RECEIVED, REMAINS_RETURNED, WITHDRAWN;

	public String code() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public String messageKey() {
		return "exchange.step." + code();
	}

	/** The statuses a person must have for this step to apply to them. */
	public Set<PathStep> after() {
		switch (this) {
			case IDENTITY_CONFIRMED:
				return Set.of(LISTED);
			case TRANSFERRED:
				return Set.of(IDENTITY_CONFIRMED);
			case HANDED_OVER:
				return Set.of(TRANSFERRED);
			case RECEIVED:
			case REMAINS_RETURNED:
				return Set.of(HANDED_OVER);
			case WITHDRAWN:
				return Set.of(LISTED, IDENTITY_CONFIRMED);
			default:
				return Set.of();
		}
	}

	/** The step whose entry this one must refer to: the other half of a handover, or what it completes. */
	public Optional<PathStep> joins() {
		switch (this) {
			case HANDED_OVER:
				return Optional.of(TRANSFERRED);
			case RECEIVED:
			case REMAINS_RETURNED:
				return Optional.of(HANDED_OVER);
			default:
				return Optional.empty();
		}
	}

	/** Persons are released once the intermediary has handed them over. */
	public boolean releases() {
		return this == HANDED_OVER;
	}

	public static Optional<PathStep> ofCode(String code) {
		return Arrays.stream(values()).filter(s -> s != LISTED && s.code().equals(code)).findFirst();
	}

}
