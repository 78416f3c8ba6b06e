package org.raqib.server.access;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A party's code and its names in both languages, as an administrator enters them. */
public record PartyDetails(
		@NotBlank(message = "{party.code.required}") @Pattern(regexp = CODE, message = "{party.code.pattern}") String code,
		@NotBlank(message = "{party.name-ar.required}") @Size(max = 200, message = "{party.name.size}") String nameAr,
		@NotBlank(message = "{party.name-en.required}") @Size(max = 200, message = "{party.name.size}") String nameEn,
		boolean active) {

	/** Lower-case letters, digits and dashes, 2 to 40 characters: {@code egypt}, {@code icrc}, {@code side-a}. */
	public static final String CODE = "^[a-z0-9][a-z0-9-]{1,39}$";

	public PartyDetails {
		code = code == null ? "" : code.strip().toLowerCase(java.util.Locale.ROOT);
		nameAr = nameAr == null ? "" : nameAr.strip();
		nameEn = nameEn == null ? "" : nameEn.strip();
	}

}
