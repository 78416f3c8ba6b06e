package org.raqib.server.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

import org.raqib.server.system.RaqibProperties;
import org.springframework.stereotype.Component;

/**
 * Locks a user name for a while after repeated failed logins. Names that do not exist are counted the
 * same way, so the lock tells an attacker nothing about which names exist.
 */
@Component
class LoginThrottle {

	private record Attempts(int failures, Instant firstFailure, Instant lockedUntil) {
	}

	private static final int MAX_TRACKED = 10_000;

	private final ConcurrentHashMap<String, Attempts> attempts = new ConcurrentHashMap<>();

	private final int maxFailures;

	private final Duration window;

	private final Clock clock;

	LoginThrottle(RaqibProperties properties, Clock clock) {
		this.maxFailures = properties.login().maxFailures();
		this.window = Duration.ofMinutes(properties.login().lockMinutes());
		this.clock = clock;
	}

	boolean isLocked(String username) {
		Attempts a = this.attempts.get(key(username));
		return a != null && this.clock.instant().isBefore(a.lockedUntil());
	}

	/** @return whether this failure locks the name. */
	boolean failed(String username) {
		Instant now = this.clock.instant();
		if (this.attempts.size() > MAX_TRACKED) {
			this.attempts.values().removeIf(a -> a.firstFailure().plus(this.window).isBefore(now));
		}
		Attempts updated = this.attempts.compute(key(username), (name, a) -> {
			boolean fresh = a == null || a.firstFailure().plus(this.window).isBefore(now);
			int failures = fresh ? 1 : a.failures() + 1;
			Instant first = fresh ? now : a.firstFailure();
			return new Attempts(failures, first, failures >= this.maxFailures ? now.plus(this.window) : Instant.MIN);
		});
		return updated.failures() == this.maxFailures;
	}

	void succeeded(String username) {
		this.attempts.remove(key(username));
	}

	long lockMinutes() {
		return this.window.toMinutes();
	}

	private static String key(String username) {
		return username.strip().toLowerCase(Locale.ROOT);
	}

}
