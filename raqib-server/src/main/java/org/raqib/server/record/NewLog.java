package org.raqib.server.record;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;

/**
 * A log to create: its identifier (the agreement's) and its parties with their roles in it, such as
 * {@code egypt mediator}, {@code hamas side}, {@code icrc intermediary}. At least one party is a mediator:
 * every change of the roster needs a mediator's signature.
 */
public record NewLog(
		@NotBlank(message = "{log.id.required}") @Pattern(regexp = ID, message = "{log.id.pattern}") String id,
		@NotEmpty(message = "{log.parties.required}") List<@Valid LogParty> parties) {

	public static final String ID = "^[a-z0-9][a-z0-9._-]{1,99}$";

	public NewLog {
		id = id == null ? "" : id.strip();
		parties = parties == null ? List.of() : List.copyOf(parties);
	}

	/** A party of the log and its roles in it. */
	public record LogParty(@NotBlank(message = "{log.party.required}") String party,
			@NotEmpty(message = "{log.roles.required}") List<@Pattern(regexp = ROLE,
					message = "{log.roles.pattern}") String> roles) {

		public static final String ROLE = "^[a-z][a-z0-9-]*$";

		public LogParty {
			party = party == null ? "" : party.strip();
			roles = roles == null ? List.of() : List.copyOf(roles);
		}

		/** Parses {@code party:role[,role…]}, the form of the command line. */
		public static LogParty parse(String text) {
			int colon = text.indexOf(':');
			if (colon < 0) {
				return new LogParty(text, List.of());
			}
			return new LogParty(text.substring(0, colon), List.of(text.substring(colon + 1).split(",")));
		}

	}

}
