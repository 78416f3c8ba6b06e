package org.raqib.text.names;

import java.util.Locale;

/** Why a pair scored as it did: machine codes that a user interface translates. */
public enum MatchReason {

	/** Both ID numbers given and equal. */
	ID_AGREES,
	/** Both ID numbers given and different: strong evidence of two persons. */
	ID_CONFLICTS,
	BIRTH_YEAR_AGREES,
	/** Birth years more than a year apart: strong evidence of two persons. */
	BIRTH_YEAR_CONFLICTS,
	/** The names agree part by part. */
	NAMES_AGREE,
	/** A part agrees only through a known spelling variant (Mohammed/Muhammad). */
	SPELLING_VARIANT,
	/** The names are compared across scripts (Arabic, Latin, Hebrew). */
	OTHER_SCRIPT,
	/** The parts come in another order ("FAMILY, Given", or the family name first). */
	ORDER_SWAPPED,
	/** One name has a part the other leaves out (a grandfather's name, a family name). */
	PART_MISSING,
	GIVEN_NAME_DIFFERS,
	/** A father's or grandfather's name differs. */
	FATHER_NAME_DIFFERS,
	FAMILY_NAME_DIFFERS,
	/** Two different names that sound alike (Mahmoud/Mohammed, Hassan/Hussein). */
	LOOK_ALIKE;

	/** The code in files and message keys, such as {@code id-agrees}. */
	public String code() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
