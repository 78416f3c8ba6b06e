package org.raqib.server.reconcile;

import java.time.LocalDate;
import java.util.List;

import org.raqib.server.exchange.ExchangeLists;
import org.raqib.server.person.LegalBasis;
import org.raqib.server.person.PersonData;
import org.raqib.server.person.PersonList;
import org.raqib.server.person.PersonStore;
import org.raqib.server.person.Purpose;
import org.raqib.server.person.Registered;
import org.raqib.server.record.Appending;
import org.raqib.server.system.InvalidInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lists written for reconciliation only: their persons stored in the person store for the reconciliation
 * purpose, and one {@code reconcile.list/v1} entry signed by the party that wrote the list, in one
 * transaction (all or nothing).
 */
@Service
class ComparisonLists {

	/** A list to write: its identifier, the party that wrote it, the basis and retention of its data. */
	record NewList(String listId, String party, LegalBasis legalBasis, LocalDate retainUntil, List<PersonData> persons) {
	}

	private final ComparisonListTable lists;

	private final ExchangeLists exchangeLists;

	private final PersonStore persons;

	private final Appending appending;

	private final TransactionTemplate transactions;

	ComparisonLists(ComparisonListTable lists, ExchangeLists exchangeLists, PersonStore persons, Appending appending,
			TransactionTemplate transactions) {
		this.lists = lists;
		this.exchangeLists = exchangeLists;
		this.persons = persons;
		this.appending = appending;
		this.transactions = transactions;
	}

	/**
	 * @throws InvalidInput naming {@code listId} (malformed or taken) or {@code persons} (none, or too many),
	 * or the person store's {@code persons[i].field}.
	 */
	long write(String recordedBy, String log, NewList list) {
		if (!MatchDecision.LIST_ID.matcher(list.listId()).matches()) {
			throw InvalidInput.of("listId", "reconcile.list.invalid");
		}
		if (this.lists.find(log, list.listId()) != null || this.exchangeLists.find(log, list.listId()).isPresent()) {
			throw InvalidInput.of("listId", "reconcile.list.taken", list.listId());
		}
		if (list.persons().isEmpty() || list.persons().size() > ComparisonList.MAX_PERSONS) {
			throw InvalidInput.of("persons", "reconcile.list.size", ComparisonList.MAX_PERSONS);
		}
		Long index = this.transactions.execute(status -> {
			List<Registered> registered = this.persons.register(new PersonList(log, list.listId(), list.party(),
					Purpose.RECONCILIATION, list.legalBasis(), list.retainUntil()), list.persons());
			return this.appending.append(log, ReconcileKinds.LIST, list.party(), recordedBy,
					new ComparisonList(list.listId(), registered).write(), List.of()).index();
		});
		return index == null ? -1 : index;
	}

}
