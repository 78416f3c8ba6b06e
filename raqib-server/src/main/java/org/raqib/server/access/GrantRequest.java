package org.raqib.server.access;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A role to grant in an agreement ({@code *} for every agreement), for a party when the role needs one.
 */
public record GrantRequest(@NotNull(message = "{grant.role.required}") @Nullable Role role,
		@NotBlank(message = "{grant.agreement.required}") @Pattern(regexp = AGREEMENT,
				message = "{grant.agreement.pattern}") @Nullable String agreement,
		@Nullable String party) {

	/** {@code *}, or an identifier of lower-case letters, digits, dot, dash and underscore. */
	public static final String AGREEMENT = "^(\\*|[a-z0-9][a-z0-9._-]{1,99})$";

	public GrantRequest {
		agreement = NewUser.blankToNull(agreement);
		party = NewUser.blankToNull(party);
	}

}
