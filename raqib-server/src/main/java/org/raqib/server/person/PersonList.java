package org.raqib.server.person;

import java.time.LocalDate;

/**
 * The terms under which one list's persons are stored: which log and list, the party that submitted it
 * (whose persons they are, for need to know), why and on what basis, and until when they are kept.
 *
 * @param listId the list's identifier in the module that owns lists (e.g. the exchange list's id).
 * @param retainUntil after this day {@code ./raqib purge} deletes the persons' data.
 */
public record PersonList(String log, String listId, String party, Purpose purpose, LegalBasis legalBasis,
		LocalDate retainUntil) {
}
