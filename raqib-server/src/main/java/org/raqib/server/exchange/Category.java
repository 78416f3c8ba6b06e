package org.raqib.server.exchange;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a held person is, as agreements count them; a person has one or more (a civilian woman is
 * {@code civilian} and {@code woman}). The codes are the values of the {@code category} and {@code for}
 * dimensions of the {@code exchange.released} measure.
 */
public enum Category {

	CIVILIAN, WOMAN, CHILD, ELDERLY, SICK, FEMALE_SOLDIER, SOLDIER, BODY, PRISONER, DETAINEE, MINOR, FOREIGN_NATIONAL,
	/** Serving a life sentence. */
	LIFE_SENTENCE,
	/** Detained during the war (e.g. women and minors detained since 7 October 2023). */
	WARTIME_DETAINEE;

	public String code() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public String messageKey() {
		return "exchange.category." + code();
	}

	public static Optional<Category> ofCode(String code) {
		return Arrays.stream(values()).filter(c -> c.code().equals(code)).findFirst();
	}

}
