package org.raqib.server.access;

import org.springframework.security.core.AuthenticationException;

/** A login refused without checking the password, because the name is locked for a while. */
class LoginThrottledException extends AuthenticationException {

	LoginThrottledException() {
		super("too many failed logins");
	}

}
