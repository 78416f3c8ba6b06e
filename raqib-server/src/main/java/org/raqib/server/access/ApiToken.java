package org.raqib.server.access;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A token a machine client sends as {@code Authorization: Bearer …}, acting as its user. Only its hash is
 * stored; the prefix identifies it in lists.
 */
public record ApiToken(UUID id, UUID userId, String username, String label, String prefix, Instant createdAt,
		@Nullable Instant expiresAt, @Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {

	/** Whether a token can be used, has expired or was revoked. */
	public enum State {

		ACTIVE, EXPIRED, REVOKED;

		public String messageKey() {
			return "token.state." + name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	public boolean usableAt(Instant now) {
		return state(now) == State.ACTIVE;
	}

	public State state(Instant now) {
		if (this.revokedAt != null) {
			return State.REVOKED;
		}
		return this.expiresAt == null || now.isBefore(this.expiresAt) ? State.ACTIVE : State.EXPIRED;
	}

}
