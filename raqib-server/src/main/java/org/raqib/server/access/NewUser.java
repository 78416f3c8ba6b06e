package org.raqib.server.access;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * What creating a user takes: a name to log in with, a name to show, a password (generated when absent)
 * and optionally a first grant.
 */
public record NewUser(
		@NotBlank(message = "{user.username.required}") @Pattern(regexp = USERNAME,
				message = "{user.username.pattern}") String username,
		@NotBlank(message = "{user.display-name.required}") @Size(max = 120,
				message = "{user.display-name.size}") String displayName,
		@Nullable @Size(min = Passwords.MIN_LENGTH, max = Passwords.MAX_LENGTH,
				message = "{user.password.size}") String password,
		@Nullable Role role, @Nullable String agreement, @Nullable String party) {

	/** Lower-case letters, digits, dot, dash and underscore; 3 to 64 characters, starting with a letter or digit. */
	public static final String USERNAME = "^[a-z0-9][a-z0-9._-]{2,63}$";

	public NewUser {
		username = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
		displayName = displayName == null ? "" : displayName.strip();
		password = blankToNull(password);
		agreement = blankToNull(agreement);
		party = blankToNull(party);
	}

	static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	@Nullable GrantRequest firstGrant() {
		return this.role == null ? null : new GrantRequest(this.role, this.agreement, this.party);
	}

}
