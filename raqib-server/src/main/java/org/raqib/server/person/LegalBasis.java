package org.raqib.server.person;

import java.util.Locale;

/**
 * The legal basis of a list's processing (ICRC Handbook on Data Protection in Humanitarian Action,
 * chapter 3). Consent is not offered: it cannot be freely given by a detained person.
 */
public enum LegalBasis {

	VITAL_INTEREST, PUBLIC_INTEREST;

	/** The name in forms, files and payloads, such as {@code vital-interest}. */
	public String code() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public String messageKey() {
		return "person.basis." + code();
	}

}
