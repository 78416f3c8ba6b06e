package org.raqib.server.access;

import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/** Ends a user's sessions when the user is disabled, its password reset or its grants changed. */
@Component
class Sessions {

	private final SessionRegistry registry;

	Sessions(SessionRegistry registry) {
		this.registry = registry;
	}

	void endAll(String username) {
		this.registry.getAllPrincipals()
			.stream()
			.filter(p -> p instanceof RaqibUser user && user.getUsername().equals(username))
			.flatMap(p -> this.registry.getAllSessions(p, false).stream())
			.forEach(session -> session.expireNow());
	}

}
