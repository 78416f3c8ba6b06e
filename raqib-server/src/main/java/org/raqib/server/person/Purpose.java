package org.raqib.server.person;

import java.util.Locale;

/** Why personal data is processed; a need-to-know grant and every read name one. */
public enum Purpose {

	/** Carrying out and verifying releases and handovers of held persons. */
	EXCHANGE,
	/** Named lists of people crossing (patients, escorts) where an agreement needs them. */
	MOVEMENT,
	/** Matching one list of people against another. */
	RECONCILIATION;

	/** The name in forms, files and URLs, such as {@code exchange}. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public String messageKey() {
		return "person.purpose." + code();
	}

}
