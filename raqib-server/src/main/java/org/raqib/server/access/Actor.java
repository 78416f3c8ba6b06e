package org.raqib.server.access;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;

/**
 * Who does something and from where, for the audit.
 *
 * @param username the user's name, or {@code cli} for a command run on the server machine.
 * @param remoteAddress the client's address, or {@code local}.
 */
public record Actor(String username, String remoteAddress) {

	public static final Actor COMMAND_LINE = new Actor("cli", "local");

	public static final Actor SYSTEM = new Actor("system", "local");

	public static Actor of(Authentication authentication, HttpServletRequest request) {
		return new Actor(authentication.getName(), request.getRemoteAddr());
	}

}
