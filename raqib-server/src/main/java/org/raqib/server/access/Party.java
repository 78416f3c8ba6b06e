package org.raqib.server.access;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * A party as a global identity (Egypt, Qatar, the ICRC…). What it is in an agreement (side, mediator,
 * intermediary…) belongs to that agreement, not to the party.
 */
public record Party(UUID id, String code, String nameAr, String nameEn, boolean active, Instant createdAt,
		Instant updatedAt) {

	public String name(Locale locale) {
		return "ar".equals(locale.getLanguage()) ? this.nameAr : this.nameEn;
	}

}
