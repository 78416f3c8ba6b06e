package org.raqib.server.person;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What a list says about one person: the name in each script the list gives (at least one), and
 * when known an ID number, a date of birth (or only its year) and a place (of residence or origin).
 *
 * @param birthYear the year of birth when only the year is known; equals the year of {@code dateOfBirth}
 * when both are given.
 */
public record PersonData(@Nullable String nameAr, @Nullable String nameLatin, @Nullable String nameHe,
		@Nullable String idNumber, @Nullable LocalDate dateOfBirth, @Nullable Integer birthYear, @Nullable String place) {

	public static PersonData named(@Nullable String nameAr, @Nullable String nameLatin) {
		return new PersonData(nameAr, nameLatin, null, null, null, null, null);
	}

}
