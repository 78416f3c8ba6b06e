package org.raqib.server.access;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A user as administrators see it: never the password hash. */
public record UserAccount(UUID id, String username, String displayName, boolean enabled, Instant createdAt,
		Instant updatedAt, List<Grant> grants) {

	public UserAccount {
		grants = List.copyOf(grants);
	}

	public boolean holds(Role role) {
		return this.grants.stream().anyMatch(g -> g.role() == role);
	}

}
