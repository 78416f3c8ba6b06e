package org.raqib.server.person;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.raqib.server.person.PersonReads.Action;
import org.raqib.server.person.PersonReads.Outcome;
import org.raqib.server.person.Persons.ListCount;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes the data of persons kept past their list's {@code retain_until}, keeping reference, list, party
 * and commitment: the record never held the data, so it and its counts stay verifiable. Needs no key.
 */
@Service
class PersonPurge {

	static final String ACTOR = "cli";

	private final Persons persons;

	private final PersonReads reads;

	private final Clock clock;

	PersonPurge(Persons persons, PersonReads reads, Clock clock) {
		this.persons = persons;
		this.reads = reads;
		this.clock = clock;
	}

	/** The lists whose persons a purge on {@code today} concerns, with how many. */
	List<ListCount> due(LocalDate today) {
		return this.persons.due(today);
	}

	/** Purges, auditing each list's purge with the persons' references; returns what was purged. */
	@Transactional
	List<ListCount> purge(LocalDate today) {
		List<ListCount> due = this.persons.due(today);
		for (ListCount list : due) {
			this.reads.record(ACTOR, list.log(), list.purpose(), Action.PURGE, "retention ended before " + today,
					Outcome.PURGED, this.persons.dueRefs(list.log(), list.listId(), today));
		}
		this.persons.purge(today, this.clock.instant());
		return due;
	}

}
