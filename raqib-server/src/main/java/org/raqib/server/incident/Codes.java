package org.raqib.server.incident;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The codes of the module's enumerations: the constant's name in lower case with dashes, as payloads write it. */
final class Codes {

	private Codes() {
	}

	static String code(Enum<?> constant) {
		return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	static <E extends Enum<E>> Optional<E> parse(Class<E> type, String code) {
		return Arrays.stream(type.getEnumConstants()).filter(c -> code(c).equals(code)).findFirst();
	}

	static <E extends Enum<E>> String list(Class<E> type) {
		return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Codes::code).toList());
	}

}
