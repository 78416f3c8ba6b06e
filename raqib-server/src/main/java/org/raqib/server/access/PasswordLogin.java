package org.raqib.server.access;

import java.util.Locale;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Form login: the password checked against its hash, the throttle consulted first, and every outcome
 * written to the access audit.
 */
class PasswordLogin implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final LoginThrottle throttle;

	private final AccessAudit audit;

	PasswordLogin(Users users, PasswordEncoder encoder, LoginThrottle throttle, AccessAudit audit) {
		this.passwords = new DaoAuthenticationProvider(userDetails(users));
		this.passwords.setPasswordEncoder(encoder);
		this.throttle = throttle;
		this.audit = audit;
	}

	@Override
	public Authentication authenticate(Authentication attempt) throws AuthenticationException {
		String username = attempt.getName().strip().toLowerCase(Locale.ROOT);
		Actor actor = new Actor(username, remoteAddress(attempt));
		if (this.throttle.isLocked(username)) {
			this.audit.record(actor, AuditAction.LOGIN_THROTTLED, username, "");
			throw new LoginThrottledException();
		}
		var normalised = UsernamePasswordAuthenticationToken.unauthenticated(username, attempt.getCredentials());
		normalised.setDetails(attempt.getDetails());
		try {
			Authentication result = this.passwords.authenticate(normalised);
			this.throttle.succeeded(username);
			this.audit.record(actor, AuditAction.LOGIN, username, "");
			return result;
		}
		catch (AuthenticationException ex) {
			boolean locked = this.throttle.failed(username);
			this.audit.record(actor, AuditAction.LOGIN_FAILED, username,
					ex.getClass().getSimpleName() + (locked ? "; name locked" : ""));
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private static String remoteAddress(Authentication attempt) {
		return attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
				? details.getRemoteAddress() : "unknown";
	}

	private static UserDetailsService userDetails(Users users) {
		return username -> users.credentials(username)
			.map(c -> new RaqibUser(c.id(), c.username(), c.displayName(), c.passwordHash(), c.enabled(),
					users.byId(c.id()).map(UserAccount::grants).orElse(java.util.List.of())))
			.orElseThrow(() -> new UsernameNotFoundException("unknown user"));
	}

}
