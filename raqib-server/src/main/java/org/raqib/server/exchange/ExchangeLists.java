package org.raqib.server.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.raqib.server.access.RaqibUser;
import org.raqib.server.person.PersonData;
import org.raqib.server.person.PersonList;
import org.raqib.server.person.PersonStore;
import org.raqib.server.person.Purpose;
import org.raqib.server.person.Registered;
import org.raqib.server.record.Appending;
import org.raqib.server.system.InvalidInput;
import org.raqib.server.system.InvalidInput.FieldProblem;
import org.raqib.server.system.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Lists of persons submitted for release rounds. */
@Service
public class ExchangeLists {

	private final ListTable lists;

	private final RoundTable rounds;

	private final ExchangeProjection projection;

	private final PersonStore persons;

	private final Appending appending;

	private final TransactionTemplate transactions;

	ExchangeLists(ListTable lists, RoundTable rounds, ExchangeProjection projection, PersonStore persons,
			Appending appending, TransactionTemplate transactions) {
		this.lists = lists;
		this.rounds = rounds;
		this.projection = projection;
		this.persons = persons;
		this.appending = appending;
		this.transactions = transactions;
	}

	public List<ExchangeList> all(String log) {
		return this.lists.all(log);
	}

	public Optional<ExchangeList> find(String log, String listId) {
		return this.lists.find(log, listId);
	}

	public ExchangeList get(String log, String listId) {
		return find(log, listId).orElseThrow(() -> new NotFound("list " + listId));
	}

	/** The list's persons, by reference, in the list's order. */
	public List<ListMember> members(String log, String listId) {
		return this.lists.members(log, listId);
	}

	/** The persons of a round's submitted lists. */
	public List<ListMember> ofRound(String log, int round) {
		return this.lists.ofRound(log, round);
	}

	/**
	 * Checks the whole list, stores its persons in the person store and appends its entries: all or nothing.
	 * The persons are stored in a transaction that commits only once the closing entry is in the record; a
	 * failure before leaves at most list parts without a closing entry, which count for nothing.
	 * @param user a liaison of the list's party, or a mediator.
	 * @throws InvalidInput naming each problem: {@code listId}, {@code round}, {@code party},
	 * {@code retainUntil}, {@code handedOverAt}, or {@code persons[i].field} (0-based i).
	 */
	public SubmittedList submit(RaqibUser user, String log, ListSubmission list) {
		Acting.checkActsFor(user, log, list.party());
		return submit(user.getUsername(), log, list);
	}

	/** {@link #submit(RaqibUser, String, ListSubmission)} once the user is known to act for the list's party. */
	SubmittedList submit(String recordedBy, String log, ListSubmission list) {
		check(log, list);
		return this.transactions.execute(status -> {
			List<Registered> registered = this.persons.register(new PersonList(log, list.listId(), list.party(),
					Purpose.EXCHANGE, list.legalBasis(), list.retainUntil()),
					list.persons().stream().map(ListedPerson::data).toList());
			var indexes = new ArrayList<Long>();
			for (int from = 0, part = 1; from < registered.size(); from += ExchangePayloads.PART_SIZE, part++) {
				int to = Math.min(registered.size(), from + ExchangePayloads.PART_SIZE);
				var people = new ArrayList<ExchangePayloads.PartPerson>();
				for (int i = from; i < to; i++) {
					ListedPerson person = list.persons().get(i);
					people.add(new ExchangePayloads.PartPerson(registered.get(i).ref(), registered.get(i).commitment(),
							person.categories(), person.forCategory(), person.destination()));
				}
				var payload = new ExchangePayloads.ListPart(list.listId(), part, people).write();
				indexes.add(this.appending.append(log, ExchangeKinds.LIST_PART, list.party(), recordedBy, payload,
						List.of()).index());
			}
			var closing = new ExchangePayloads.ListClosing(list.listId(), list.round(), registered.size(),
					list.legalBasis(), list.retainUntil(), list.handedOverAt());
			indexes.add(this.appending.append(log, ExchangeKinds.LIST_SUBMITTED, list.party(), recordedBy,
					closing.write(), List.copyOf(indexes)).index());
			return new SubmittedList(list.listId(), registered.size(), indexes);
		});
	}

	private void check(String log, ListSubmission list) {
		var problems = new ArrayList<FieldProblem>();
		if (!ExchangePayloads.LIST_ID.matcher(list.listId()).matches()) {
			problems.add(problem("listId", "exchange.list.id.invalid"));
		}
		else if (this.lists.find(log, list.listId()).isPresent()) {
			problems.add(problem("listId", "exchange.list.id.taken", list.listId()));
		}
		var round = this.rounds.find(log, list.round());
		if (round.isEmpty()) {
			problems.add(problem("round", "exchange.list.round.unknown", list.round()));
		}
		else if (round.get().status().isFinal()) {
			problems.add(problem("round", "exchange.list.round.over", list.round()));
		}
		if (!this.projection.parties(log).sides().contains(list.party())) {
			problems.add(problem("party", "exchange.list.party.not-a-side", list.party()));
		}
		if (!list.retainUntil().isAfter(list.handedOverAt().atZone(java.time.ZoneOffset.UTC).toLocalDate())) {
			problems.add(problem("retainUntil", "exchange.list.retain.before"));
		}
		if (list.persons().isEmpty() || list.persons().size() > ExchangePayloads.MAX_PERSONS) {
			problems.add(problem("persons", "exchange.list.size", ExchangePayloads.MAX_PERSONS));
		}
		problems.addAll(personProblems(list.persons()));
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
	}

	/** Each person needs a category; nobody may be listed twice (same ID number, or same names and birth year). */
	private static List<FieldProblem> personProblems(List<ListedPerson> persons) {
		var problems = new ArrayList<FieldProblem>();
		Map<String, Integer> seen = new HashMap<>();
		for (int i = 0; i < persons.size(); i++) {
			ListedPerson person = persons.get(i);
			if (person.categories().isEmpty()) {
				problems.add(problem("persons[" + i + "].categories", "exchange.category.required"));
			}
			for (String key : identities(person.data())) {
				Integer first = seen.putIfAbsent(key, i);
				if (first != null) {
					problems.add(problem("persons[" + i + "]", "exchange.list.duplicate-of", first + 1));
					break;
				}
			}
		}
		return problems;
	}

	private static List<String> identities(PersonData data) {
		var keys = new ArrayList<String>();
		if (data.idNumber() != null && !data.idNumber().isBlank()) {
			keys.add("id:" + data.idNumber().strip());
		}
		Integer year = data.birthYear() != null ? data.birthYear()
				: data.dateOfBirth() != null ? Integer.valueOf(data.dateOfBirth().getYear()) : null;
		keys.add("names:" + normal(data.nameAr()) + "|" + normal(data.nameLatin()) + "|" + normal(data.nameHe()) + "|"
				+ year);
		return keys;
	}

	private static String normal(@org.jspecify.annotations.Nullable String text) {
		return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
	}

	private static FieldProblem problem(String field, String code, Object... arguments) {
		return new FieldProblem(field, code, List.of(arguments));
	}

}
