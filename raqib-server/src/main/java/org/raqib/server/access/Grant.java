package org.raqib.server.access;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A role a user holds in one agreement, or in every agreement ({@link #EVERY_AGREEMENT}), and for
 * liaisons and monitors on behalf of a party.
 *
 * @param agreement the agreement's identifier; the agreement module owns what it refers to.
 * @param party the party's code, or {@code null} when the role is not held for a party.
 */
public record Grant(UUID id, Role role, String agreement, @Nullable String party, Instant grantedAt,
		String grantedBy) {

	public static final String EVERY_AGREEMENT = "*";

	public boolean covers(String agreementId) {
		return this.agreement.equals(EVERY_AGREEMENT) || this.agreement.equals(agreementId);
	}

}
