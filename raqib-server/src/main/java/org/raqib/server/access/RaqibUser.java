package org.raqib.server.access;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user: who it is and the grants it holds. Authorities are {@code ROLE_X} for every role
 * held in any agreement; what a role allows in a particular agreement is asked with {@link #holds}.
 */
public final class RaqibUser implements UserDetails, CredentialsContainer {

	private final UUID id;

	private final String username;

	private final String displayName;

	private @Nullable String passwordHash;

	private final boolean enabled;

	private final List<Grant> grants;

	RaqibUser(UUID id, String username, String displayName, @Nullable String passwordHash, boolean enabled,
			List<Grant> grants) {
		this.id = id;
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.grants = List.copyOf(grants);
	}

	public UUID id() {
		return this.id;
	}

	public String displayName() {
		return this.displayName;
	}

	public List<Grant> grants() {
		return this.grants;
	}

	/** Whether the user holds the role in the agreement (directly or through a grant for every agreement). */
	public boolean holds(Role role, String agreement) {
		return this.grants.stream().anyMatch(g -> g.role() == role && g.covers(agreement));
	}

	public boolean isAdmin() {
		return this.grants.stream().anyMatch(g -> g.role() == Role.ADMIN);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.grants.stream().map(g -> g.role().authority()).distinct().map(SimpleGrantedAuthority::new).toList();
	}

	@Override
	public @Nullable String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof RaqibUser user && user.username.equals(this.username);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.username);
	}

	@Override
	public String toString() {
		return "RaqibUser[" + this.username + "]";
	}

}
