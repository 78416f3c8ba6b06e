package org.raqib.server.aid;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The lists of codes the aid entries use, each code as the record writes it. */
final class Codes {

	private Codes() {
	}

	static String code(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	static <E extends Enum<E>> Optional<E> of(Class<E> type, String code) {
		return Arrays.stream(type.getEnumConstants()).filter(v -> code(v).equals(code)).findFirst();
	}

	/** What a cargo line carries; wash is water, sanitation and hygiene. */
	enum Cargo {
		FOOD, MEDICAL, SHELTER, WASH, FUEL, COOKING_GAS, COMMERCIAL, OTHER
	}

	enum CargoUnit {
		TONNES, LITRES, PALLETS
	}

	enum Region {
		NORTH, SOUTH
	}

	/** Why a consignment was turned back at inspection. */
	enum RejectionReason {
		DUAL_USE_ITEM, DOCUMENTATION, SECURITY, CAPACITY, OTHER
	}

	/** How trucks were stopped on the way: by hungry people, or by armed force. */
	enum Interception {
		PEACEFUL, FORCEFUL
	}

	/** Who published a competing count. */
	enum SourceType {
		UN_OFFICE, PARTY_AUTHORITY, MONITOR_TEAM, AGENCY, NEWS
	}

}
