package org.raqib.server.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.raqib.server.access.Grant;
import org.raqib.server.access.RaqibUser;
import org.raqib.server.access.Role;
import org.raqib.server.exchange.ExchangeList;
import org.raqib.server.exchange.ExchangeLists;
import org.raqib.server.exchange.ListMember;
import org.raqib.server.person.PersonData;
import org.raqib.server.person.PersonRef;
import org.raqib.server.person.PersonStore;
import org.raqib.server.person.Purpose;
import org.raqib.server.record.Appending;
import org.raqib.server.system.InvalidInput;
import org.raqib.server.system.Rejected;
import org.raqib.text.names.NameMatch;
import org.raqib.text.names.NameMatcher;
import org.raqib.text.names.Reconciliation;
import org.raqib.text.names.Verdict;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Reconciling two submitted lists and deciding on their probable pairs. The user must be a mediator or a
 * liaison of the agreement and hold need-to-know grants for both lists' parties for the reconciliation
 * purpose; the person store checks the grants and audits every read with the user's reason.
 */
@Service
class ListReconciliation {

	private final ExchangeLists lists;

	private final PersonStore persons;

	private final ComparisonListTable comparisonLists;

	private final DecisionTable decisions;

	private final Appending appending;

	private final NameMatcher matcher = new NameMatcher();

	private final Reconciliation reconciliation = new Reconciliation(this.matcher);

	ListReconciliation(ExchangeLists lists, ComparisonListTable comparisonLists, PersonStore persons,
			DecisionTable decisions, Appending appending) {
		this.lists = lists;
		this.comparisonLists = comparisonLists;
		this.persons = persons;
		this.decisions = decisions;
		this.appending = appending;
	}

	/** The lists a reconciliation may compare: those handed over in the exchange, and those written for it. */
	List<Reconcilable> reconcilable(String log) {
		var all = new ArrayList<Reconcilable>();
		this.lists.all(log).stream().filter(ExchangeList::submitted)
			.forEach(l -> all.add(new Reconcilable(l.listId(), l.party(), l.persons(), Reconcilable.Source.EXCHANGE)));
		all.addAll(this.comparisonLists.all(log));
		return all;
	}

	ReconciledLists reconcile(RaqibUser user, String log, String leftList, String rightList, String reason) {
		actingParty(user, log);
		Reconcilable left = list(log, "left", leftList);
		Reconcilable right = list(log, "right", rightList);
		if (leftList.equals(rightList)) {
			throw InvalidInput.of("right", "reconcile.list.same");
		}
		List<PersonRef> leftRefs = refs(log, leftList);
		List<PersonRef> rightRefs = refs(log, rightList);
		var all = new ArrayList<PersonRef>(leftRefs);
		all.addAll(rightRefs);
		Map<PersonRef, PersonData> data = this.persons.read(user, log, all, Purpose.RECONCILIATION, required(reason));
		List<PersonRef> l = leftRefs.stream().filter(data::containsKey).toList();
		List<PersonRef> r = rightRefs.stream().filter(data::containsKey).toList();
		Reconciliation.Result result = this.reconciliation.reconcile(PersonNames.records(l, data), PersonNames.records(r, data));
		var standing = this.decisions.standing(log, leftList, rightList);
		var rows = new ArrayList<ReconciledLists.Row>();
		for (Reconciliation.Pair pair : result.matched()) {
			rows.add(row(ReconciledLists.Standing.MATCHED, l.get(pair.left()), r.get(pair.right()), pair.match(), data, standing));
		}
		for (Reconciliation.Pair pair : result.probable()) {
			rows.add(row(ReconciledLists.Standing.PROBABLE, l.get(pair.left()), r.get(pair.right()), pair.match(), data, standing));
		}
		result.leftUnmatched().forEach(i -> rows.add(alone(ReconciledLists.Standing.LEFT_ONLY, l.get(i), data)));
		result.rightUnmatched().forEach(j -> rows.add(alone(ReconciledLists.Standing.RIGHT_ONLY, r.get(j), data)));
		return new ReconciledLists(left, right, rows);
	}

	/**
	 * Records a decision on a pair the matcher finds probable, scored again from the store (audited), so
	 * that a decision always carries the matcher's own score and reasons.
	 * @return the decision's entry index.
	 */
	long decide(RaqibUser user, String log, String leftList, String rightList, String leftRef, String rightRef,
			String decision, String reason) {
		String party = actingParty(user, log);
		Decision chosen = Decision.ofCode(decision).orElseThrow(() -> InvalidInput.of("decision", "reconcile.decision.unknown", decision));
		list(log, "left", leftList);
		list(log, "right", rightList);
		PersonRef left = member(log, leftList, "left", leftRef);
		PersonRef right = member(log, rightList, "right", rightRef);
		Map<PersonRef, PersonData> data = this.persons.read(user, log, List.of(left, right), Purpose.RECONCILIATION,
				required(reason));
		if (!data.containsKey(left) || !data.containsKey(right)) {
			throw InvalidInput.of("left", "reconcile.person.purged");
		}
		NameMatch match = this.matcher.compare(PersonNames.record(left, data.get(left)), PersonNames.record(right, data.get(right)));
		if (match.verdict() != Verdict.PROBABLE) {
			throw InvalidInput.of("decision", "reconcile.decision.not-probable");
		}
		var payload = new MatchDecision(leftList, rightList, left, right, chosen, thousandths(match),
				match.reasons().stream().map(org.raqib.text.names.MatchReason::code).toList());
		return this.appending.append(log, ReconcileKinds.MATCH_DECISION, party, user.getUsername(), payload.write(),
				List.of()).index();
	}

	/** The party a decision is signed for: the mediator's mediating party, or the liaison's own. */
	static String actingParty(RaqibUser user, String log) {
		Optional<String> party = user.grants()
			.stream()
			.filter(g -> (g.role() == Role.MEDIATOR || g.role() == Role.PARTY_LIAISON) && g.covers(log) && g.party() != null)
			.map(Grant::party)
			.findFirst();
		return party.orElseThrow(() -> new Rejected(HttpStatus.FORBIDDEN, "NOT_IN_THE_ROOM",
				"only a mediator or a party's liaison of " + log + " reconciles its lists"));
	}

	private Reconcilable list(String log, String field, String listId) {
		Reconcilable written = this.comparisonLists.find(log, listId);
		if (written != null) {
			return written;
		}
		return this.lists.find(log, listId)
			.filter(ExchangeList::submitted)
			.map(l -> new Reconcilable(l.listId(), l.party(), l.persons(), Reconcilable.Source.EXCHANGE))
			.orElseThrow(() -> InvalidInput.of(field, "reconcile.list.unknown", listId));
	}

	private List<PersonRef> refs(String log, String listId) {
		if (this.comparisonLists.find(log, listId) != null) {
			return this.comparisonLists.persons(log, listId);
		}
		return this.lists.members(log, listId).stream().map(ListMember::ref).toList();
	}

	private PersonRef member(String log, String listId, String field, String ref) {
		return refs(log, listId).stream()
			.filter(r -> r.value().equals(ref))
			.findFirst()
			.orElseThrow(() -> InvalidInput.of(field, "reconcile.person.not-on-list"));
	}

	private static String required(String reason) {
		if (reason.isBlank()) {
			throw InvalidInput.of("reason", "reconcile.reason.required");
		}
		return reason.strip();
	}

	private static ReconciledLists.Row row(ReconciledLists.Standing standing, PersonRef left, PersonRef right,
			NameMatch match, Map<PersonRef, PersonData> data, Map<String, DecisionTable.Decided> decided) {
		return new ReconciledLists.Row(standing, new ReconciledLists.Person(left, data.get(left)),
				new ReconciledLists.Person(right, data.get(right)), thousandths(match),
				match.reasons().stream().map(org.raqib.text.names.MatchReason::code).toList(),
				decided.get(DecisionTable.pair(left.value(), right.value())));
	}

	private static ReconciledLists.Row alone(ReconciledLists.Standing standing, PersonRef ref,
			Map<PersonRef, PersonData> data) {
		var person = new ReconciledLists.Person(ref, data.get(ref));
		return new ReconciledLists.Row(standing, standing == ReconciledLists.Standing.LEFT_ONLY ? person : null,
				standing == ReconciledLists.Standing.RIGHT_ONLY ? person : null, 0, List.of(), null);
	}

	private static int thousandths(NameMatch match) {
		return (int) Math.round(match.score() * 1000);
	}

}
