package org.raqib.server.access;

import java.util.Locale;

/** What a user does in an agreement (DESIGN.md §2). */
public enum Role {

	ADMIN, MEDIATOR, PARTY_LIAISON, MONITOR, AGENCY, VIEWER;

	/** Liaisons and monitors always act for a party; the others may. */
	public boolean needsParty() {
		return this == PARTY_LIAISON || this == MONITOR;
	}

	public String authority() {
		return "ROLE_" + name();
	}

	/** The message key of the role's name in the interface, e.g. {@code role.party-liaison}. */
	public String messageKey() {
		return "role." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
