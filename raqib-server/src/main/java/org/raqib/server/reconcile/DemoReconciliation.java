package org.raqib.server.reconcile;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.raqib.server.access.RaqibUser;
import org.raqib.server.access.UserAdministration;
import org.raqib.server.exchange.ExchangeLists;
import org.raqib.server.exchange.ListMember;
import org.raqib.server.person.LegalBasis;
import org.raqib.server.person.PersonData;
import org.raqib.server.person.PersonRef;
import org.raqib.server.person.PersonStore;
import org.raqib.server.person.Purpose;
import org.raqib.server.system.RaqibProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's intermediary (the ICRC) writes two of the parties' lists again for reconciliation, in its own
 * spelling: Israel's list of round 1 (90 prisoners with four-part Arabic names) and Hamas's list of round 8
 * (six held persons). It reads them as the demo mediator, audited like any read. Runs after the demo's
 * exchanges; does nothing when the lists are there already.
 */
@Component
@ConditionalOnWebApplication
@Order(5)
class DemoReconciliation implements ApplicationRunner {

	static final String LOG = "gaza-2025";

	static final Map<String, String> COPIES = Map.of("round-1-israel", "round-1-icrc", "round-8-hamas", "round-8-icrc");

	private final RaqibProperties properties;

	private final ExchangeLists exchangeLists;

	private final ComparisonLists comparisonLists;

	private final ComparisonListTable written;

	private final PersonStore persons;

	private final UserAdministration users;

	DemoReconciliation(RaqibProperties properties, ExchangeLists exchangeLists, ComparisonLists comparisonLists,
			ComparisonListTable written, PersonStore persons, UserAdministration users) {
		this.properties = properties;
		this.exchangeLists = exchangeLists;
		this.comparisonLists = comparisonLists;
		this.written = written;
		this.persons = persons;
		this.users = users;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.properties.demo()) {
			return;
		}
		var mediator = this.users.byUsername("mediator").map(a -> this.users.principal(a.id()));
		if (mediator.isEmpty()) {
			return;
		}
		COPIES.entrySet().stream().sorted(Map.Entry.comparingByKey())
			.forEach(copy -> writeCopy(mediator.get(), copy.getKey(), copy.getValue()));
	}

	private void writeCopy(RaqibUser mediator, String listId, String copyId) {
		if (this.written.find(LOG, copyId) != null || this.exchangeLists.find(LOG, listId).isEmpty()) {
			return;
		}
		List<PersonRef> refs = this.exchangeLists.members(LOG, listId).stream().map(ListMember::ref).toList();
		Map<PersonRef, PersonData> data = this.persons.read(mediator, LOG, refs, Purpose.RECONCILIATION,
				"demo: the intermediary's copy of " + listId);
		List<PersonData> list = refs.stream().filter(data::containsKey).map(data::get).toList();
		this.comparisonLists.write("demo", LOG, new ComparisonLists.NewList(copyId, "icrc", LegalBasis.VITAL_INTEREST,
				LocalDate.parse("2027-02-28"), DemoSpellings.asTheIntermediaryWrites(list)));
	}

}
