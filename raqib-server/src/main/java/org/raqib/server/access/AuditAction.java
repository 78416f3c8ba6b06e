package org.raqib.server.access;

import java.util.Locale;

/** What the access audit records. */
public enum AuditAction {

	LOGIN, LOGIN_FAILED, LOGIN_THROTTLED, LOGOUT, USER_CREATED, USER_ENABLED, USER_DISABLED, PASSWORD_RESET,
	PASSWORD_CHANGED, GRANT_ADDED, GRANT_REMOVED, PARTY_CREATED, PARTY_UPDATED, TOKEN_ISSUED, TOKEN_REVOKED,
	TOKEN_REJECTED;

	public String messageKey() {
		return "audit.action." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
