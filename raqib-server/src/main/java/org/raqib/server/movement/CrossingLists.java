package org.raqib.server.movement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.raqib.server.access.RaqibUser;
import org.raqib.server.person.LegalBasis;
import org.raqib.server.person.PersonData;
import org.raqib.server.person.PersonList;
import org.raqib.server.person.PersonStore;
import org.raqib.server.person.Purpose;
import org.raqib.server.person.Registered;
import org.raqib.server.record.Appended;
import org.raqib.server.record.Appending;
import org.raqib.server.system.InvalidInput;
import org.raqib.server.system.InvalidInput.FieldProblem;
import org.raqib.server.system.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Named lists of people crossing, where the agreement needs names (Rafah's patients and escorts, whose names
 * both sides review). The persons go to the person store for the purpose of movement; the record holds
 * their references and commitments, linked to the room's counts they name persons of.
 */
@Service
public class CrossingLists {

	/** A person to name, and the category of the count they belong to. */
	public record NamedPerson(PersonData data, MovementCategory category) {
	}

	/** A list to record; {@code counts} are the log indexes of the room's counts it names persons of. */
	public record ListRequest(String listId, String party, LegalBasis legalBasis, LocalDate retainUntil,
			List<Long> counts, List<NamedPerson> persons) {
	}

	private final NamedListTable lists;

	private final MovementCountTable counts;

	private final MovementRooms rooms;

	private final PersonStore persons;

	private final Appending appending;

	private final TransactionTemplate transactions;

	private final Clock clock;

	CrossingLists(NamedListTable lists, MovementCountTable counts, MovementRooms rooms, PersonStore persons, Appending appending,
			TransactionTemplate transactions, Clock clock) {
		this.lists = lists;
		this.counts = counts;
		this.rooms = rooms;
		this.persons = persons;
		this.appending = appending;
		this.transactions = transactions;
		this.clock = clock;
	}

	public CrossingList get(String log, String listId) {
		return this.lists.find(log, listId).orElseThrow(() -> new NotFound("list " + listId));
	}

	/** The list's persons by reference, in the list's order. */
	public List<CrossingList.Member> members(String log, String listId) {
		return this.lists.members(log, listId);
	}

	/**
	 * Stores the persons and appends the list, all or nothing: the persons are stored in a transaction that
	 * commits only once the entry is in the record.
	 * @throws InvalidInput naming each problem ({@code listId}, {@code retainUntil}, {@code counts},
	 * {@code persons}, {@code persons[i].field}).
	 */
	public Appended submit(RaqibUser user, String log, ListRequest request) {
		RecordingParty.check(user, log, request.party());
		return submit(user.getUsername(), log, request);
	}

	Appended submit(String recordedBy, String log, ListRequest request) {
		check(log, request);
		return this.transactions.execute(status -> {
			List<Registered> registered = this.persons.register(new PersonList(log, request.listId(), request.party(),
					Purpose.MOVEMENT, request.legalBasis(), request.retainUntil()),
					request.persons().stream().map(NamedPerson::data).toList());
			var named = new ArrayList<MovementPayloads.NamedPerson>();
			for (int i = 0; i < registered.size(); i++) {
				named.add(new MovementPayloads.NamedPerson(registered.get(i).ref(), registered.get(i).commitment(),
						request.persons().get(i).category()));
			}
			var payload = new MovementPayloads.NamedList(request.listId(), request.legalBasis(), request.retainUntil(),
					named).write();
			return this.appending.append(log, MovementKinds.NAMED_LIST, request.party(), recordedBy, payload,
					List.copyOf(request.counts()));
		});
	}

	private void check(String log, ListRequest request) {
		MovementRoom room = this.rooms.of(log);
		var problems = new ArrayList<FieldProblem>();
		if (!MovementPayloads.ID.matcher(request.listId()).matches()) {
			problems.add(MovementRules.problem("listId", "movement.list.id.invalid"));
		}
		else if (this.lists.exists(log, request.listId())) {
			problems.add(MovementRules.problem("listId", "movement.list.id.taken", request.listId()));
		}
		if (!request.retainUntil().isAfter(room.day(this.clock.instant()))) {
			problems.add(MovementRules.problem("retainUntil", "movement.list.retain.past"));
		}
		if (request.persons().isEmpty() || request.persons().size() > MovementPayloads.MAX_NAMED) {
			problems.add(MovementRules.problem("persons", "movement.list.size", MovementPayloads.MAX_NAMED));
		}
		for (int i = 0; i < request.persons().size(); i++) {
			if (!request.persons().get(i).category().named()) {
				problems.add(MovementRules.problem("persons[" + i + "].category", "movement.category.unknown",
						request.persons().get(i).category().code()));
			}
		}
		List<Optional<CrossingMovement>> linked = request.counts().stream().map(i -> this.counts.find(log, i)).toList();
		problems.addAll(MovementRules.list(room, request.party(),
				request.persons().stream().map(NamedPerson::category).toList(), linked));
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
	}

}
