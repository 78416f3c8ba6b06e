package org.raqib.server.aid;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A consignment's stages, as UN2720's dashboard counts them: registered, arrived at the crossing,
 * inspected, cleared or rejected, crossed, offloaded, collected, and delivered or intercepted on the way.
 */
public enum Stage {

	REGISTERED, ARRIVED, INSPECTED, CLEARED, REJECTED, CROSSED, OFFLOADED, COLLECTED, DELIVERED, INTERCEPTED;

	/** Where a consignment must stand before it may enter this stage; none for registration. */
	public Set<Stage> after() {
		switch (this) {
			case ARRIVED:
				return EnumSet.of(REGISTERED);
			case INSPECTED:
				return EnumSet.of(ARRIVED);
			case CLEARED:
				return EnumSet.of(INSPECTED);
			case REJECTED:
				return EnumSet.of(ARRIVED, INSPECTED);
			case CROSSED:
				return EnumSet.of(CLEARED);
			case OFFLOADED:
				return EnumSet.of(CROSSED);
			case COLLECTED:
				return EnumSet.of(OFFLOADED);
			case DELIVERED:
				return EnumSet.of(COLLECTED);
			case INTERCEPTED:
				return EnumSet.of(CROSSED, OFFLOADED, COLLECTED);
			default:
				return EnumSet.noneOf(Stage.class);
		}
	}

	/** Trucks in these stages wait at the crossing: arrived but not yet across. */
	public boolean waiting() {
		return this == ARRIVED || this == INSPECTED || this == CLEARED;
	}

	/** The stages a consignment at this one may go to next. */
	public Set<Stage> next() {
		var next = EnumSet.noneOf(Stage.class);
		Arrays.stream(values()).filter(s -> s.after().contains(this)).forEach(next::add);
		return next;
	}

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public String messageKey() {
		return "aid.stage." + code();
	}

	public static Optional<Stage> ofCode(String code) {
		return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
	}

}
