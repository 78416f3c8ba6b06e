package org.raqib.server.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.raqib.server.person.LegalBasis;

/**
 * A list of persons a party submits for a release round: the persons it will release (or, for the
 * intermediary's and the receiving side's use, the persons it expects), on what legal basis, kept until
 * when, and when it was handed over (the deadline obligations weigh this time).
 *
 * @param listId the list's identifier, unique in the log ({@code [a-z0-9][a-z0-9-]{0,59}}).
 * @param round the round the list is for (1, 2, …).
 * @param party the submitting party: the custodian of the persons on it.
 */
public record ListSubmission(String listId, int round, String party, LegalBasis legalBasis, LocalDate retainUntil,
		Instant handedOverAt, List<ListedPerson> persons) {

	public ListSubmission {
		persons = List.copyOf(persons);
	}

}
