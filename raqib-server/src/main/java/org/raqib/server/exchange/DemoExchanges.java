package org.raqib.server.exchange;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.raqib.server.person.LegalBasis;
import org.raqib.server.person.PersonRef;
import org.raqib.server.system.RaqibProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's release rounds of January–February 2025 (reference D1): the published counts and the agreed
 * versus actual times, filled with invented persons. Round 1's names come late, round 3's releases by
 * Israel are delayed after the chaotic handover, and the 620 due in round 8 are delayed from 22 to 27
 * February.
 */
@Component
@ConditionalOnWebApplication
@Order(3)
class DemoExchanges implements ApplicationRunner {

	static final String LOG = "gaza-2025";

	static final String DEMO = "demo";

	private static final String HAMAS = "hamas";

	private static final String ISRAEL = "israel";

	private static final String ICRC = "icrc";

	private static final LocalDate RETAIN_UNTIL = LocalDate.parse("2027-02-28");

	/** So many persons of these categories, released for that one, going there. */
	record Group(int count, Set<Category> categories, @Nullable Category forCategory, Destination destination) {

		static Group of(int count, @Nullable Category forCategory, Category... categories) {
			return new Group(count, EnumSet.of(categories[0], categories), forCategory, Destination.HOME);
		}

		Group abroad() {
			return new Group(this.count, this.categories, this.forCategory, Destination.ABROAD);
		}

	}

	/**
	 * One round: when it was agreed for, where, the held persons released from Gaza and when, the prisoners
	 * released by Israel and when, when each side handed over its list, and a delay if there was one.
	 */
	record Round(int n, String agreed, String place, List<Group> fromGaza, String gazaReleased, String gazaList,
			List<Group> byIsrael, String israelReleased, String israelList, @Nullable String delayedTo,
			@Nullable String delayReason) {
	}

	static final List<Round> ROUNDS = List.of(
			new Round(1, "2025-01-19T14:00:00Z", "Gaza City", List.of(Group.of(3, null, Category.CIVILIAN, Category.WOMAN)),
					"2025-01-19T15:10:00Z", "2025-01-19T08:45:00Z",
					List.of(Group.of(69, Category.CIVILIAN, Category.PRISONER, Category.WOMAN),
							Group.of(21, Category.CIVILIAN, Category.PRISONER, Category.MINOR)),
					"2025-01-19T23:30:00Z", "2025-01-18T12:00:00Z", null, null),
			new Round(2, "2025-01-25T09:00:00Z", "Gaza City", List.of(Group.of(4, null, Category.FEMALE_SOLDIER)),
					"2025-01-25T09:30:00Z", "2025-01-24T08:00:00Z",
					List.of(Group.of(200, Category.FEMALE_SOLDIER, Category.PRISONER)), "2025-01-25T14:00:00Z",
					"2025-01-24T10:00:00Z", null, null),
			new Round(3, "2025-01-30T10:00:00Z", "Jabalia and Khan Younis",
					List.of(Group.of(1, null, Category.FEMALE_SOLDIER), Group.of(2, null, Category.CIVILIAN)),
					"2025-01-30T11:00:00Z", "2025-01-29T08:00:00Z",
					List.of(Group.of(30, Category.FEMALE_SOLDIER, Category.PRISONER, Category.MINOR),
							Group.of(20, Category.FEMALE_SOLDIER, Category.PRISONER, Category.LIFE_SENTENCE),
							Group.of(13, Category.CIVILIAN, Category.PRISONER, Category.LIFE_SENTENCE),
							Group.of(11, Category.CIVILIAN, Category.PRISONER, Category.LIFE_SENTENCE).abroad(),
							Group.of(36, Category.CIVILIAN, Category.PRISONER)),
					"2025-01-30T18:30:00Z", "2025-01-29T12:00:00Z", "2025-01-30T18:00:00Z",
					"Israel delayed the release of the prisoners after the chaotic handover at Khan Younis."),
			new Round(4, "2025-02-01T07:30:00Z", "Khan Younis and Gaza City", List.of(Group.of(3, null, Category.CIVILIAN)),
					"2025-02-01T07:30:00Z", "2025-01-31T06:00:00Z",
					List.of(Group.of(90, Category.CIVILIAN, Category.PRISONER),
							Group.of(93, null, Category.DETAINEE, Category.WARTIME_DETAINEE)),
					"2025-02-01T12:00:00Z", "2025-01-31T10:00:00Z", null, null),
			new Round(5, "2025-02-08T07:30:00Z", "Deir al-Balah", List.of(Group.of(3, null, Category.CIVILIAN)),
					"2025-02-08T07:30:00Z", "2025-02-07T06:00:00Z",
					List.of(Group.of(90, Category.CIVILIAN, Category.PRISONER),
							Group.of(93, null, Category.DETAINEE, Category.WARTIME_DETAINEE)),
					"2025-02-08T12:00:00Z", "2025-02-07T10:00:00Z", null, null),
			new Round(6, "2025-02-15T07:30:00Z", "Khan Younis", List.of(Group.of(3, null, Category.CIVILIAN)),
					"2025-02-15T07:30:00Z", "2025-02-14T06:00:00Z",
					List.of(Group.of(36, Category.CIVILIAN, Category.PRISONER, Category.LIFE_SENTENCE),
							Group.of(54, Category.CIVILIAN, Category.PRISONER),
							Group.of(279, null, Category.DETAINEE, Category.WARTIME_DETAINEE)),
					"2025-02-15T12:30:00Z", "2025-02-14T10:00:00Z", null, null),
			new Round(7, "2025-02-20T07:30:00Z", "Khan Younis", List.of(Group.of(4, null, Category.BODY)),
					"2025-02-20T07:30:00Z", "2025-02-19T06:00:00Z", List.of(), "", "", null, null),
			new Round(8, "2025-02-22T07:30:00Z", "Rafah and Nuseirat", List.of(Group.of(6, null, Category.CIVILIAN)),
					"2025-02-22T07:30:00Z", "2025-02-21T06:00:00Z",
					List.of(Group.of(71, Category.CIVILIAN, Category.PRISONER, Category.LIFE_SENTENCE),
							Group.of(97, Category.CIVILIAN, Category.PRISONER).abroad(),
							Group.of(12, Category.CIVILIAN, Category.PRISONER),
							Group.of(440, null, Category.DETAINEE, Category.WARTIME_DETAINEE)),
					"2025-02-26T23:30:00Z", "2025-02-21T10:00:00Z", "2025-02-26T22:00:00Z",
					"Israel delayed the release of the 620 in protest at the handover ceremonies."),
			new Round(9, "2025-02-27T00:30:00Z", "Kerem Shalom", List.of(Group.of(4, null, Category.BODY)),
					"2025-02-27T00:30:00Z", "2025-02-26T00:00:00Z", List.of(), "", "", null, null));

	private final RaqibProperties properties;

	private final ReleaseRounds rounds;

	private final ExchangeLists lists;

	private final PersonPaths paths;

	DemoExchanges(RaqibProperties properties, ReleaseRounds rounds, ExchangeLists lists, PersonPaths paths) {
		this.properties = properties;
		this.rounds = rounds;
		this.lists = lists;
		this.paths = paths;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.properties.demo() || !this.rounds.all(LOG).isEmpty()) {
			return;
		}
		var people = new DemoPeople(2025);
		for (Round round : ROUNDS) {
			play(round, people);
		}
	}

	private void play(Round round, DemoPeople people) {
		Instant agreed = Instant.parse(round.agreed());
		this.rounds.plan("egypt", DEMO, LOG, new ReleaseRounds.Plan(round.n(), agreed, round.place(), ICRC));
		Instant gazaList = Instant.parse(round.gazaList());
		var fromGaza = submit(round.n(), HAMAS, gazaList, round.fromGaza(), people);
		List<PersonRef> byIsrael = round.byIsrael().isEmpty() ? List.of()
				: submit(round.n(), ISRAEL, Instant.parse(round.israelList()), round.byIsrael(), people);
		Instant released = Instant.parse(round.gazaReleased());
		status(round.n(), RoundState.IN_PROGRESS, released.minus(Duration.ofHours(1)), null, null);
		walk(round.n(), HAMAS, ISRAEL, fromGaza, released, round.place());
		if (!byIsrael.isEmpty()) {
			if (round.delayedTo() != null) {
				status(round.n(), RoundState.DELAYED, released.plus(Duration.ofHours(2)), Instant.parse(round.delayedTo()),
						round.delayReason());
				status(round.n(), RoundState.IN_PROGRESS, Instant.parse(round.delayedTo()), null, null);
			}
			walk(round.n(), ISRAEL, HAMAS, byIsrael, Instant.parse(round.israelReleased()), "Ofer");
		}
		Instant end = byIsrael.isEmpty() ? released : Instant.parse(round.israelReleased());
		status(round.n(), RoundState.COMPLETED, end.plus(Duration.ofHours(2)), null, null);
	}

	private List<PersonRef> submit(int round, String party, Instant handedOver, List<Group> groups, DemoPeople people) {
		LocalDate on = handedOver.atZone(java.time.ZoneOffset.UTC).toLocalDate();
		var persons = new ArrayList<ListedPerson>();
		for (Group group : groups) {
			for (int i = 0; i < group.count(); i++) {
				persons.add(new ListedPerson(person(group, people, on), group.categories(), group.forCategory(),
						group.destination()));
			}
		}
		String listId = "round-" + round + "-" + party;
		this.lists.submit(DEMO, LOG, new ListSubmission(listId, round, party, LegalBasis.VITAL_INTEREST, RETAIN_UNTIL,
				handedOver, persons));
		return this.lists.members(LOG, listId).stream().map(ListMember::ref).toList();
	}

	private static org.raqib.server.person.PersonData person(Group group, DemoPeople people, LocalDate on) {
		Set<Category> c = group.categories();
		if (c.contains(Category.PRISONER) || c.contains(Category.DETAINEE)) {
			int age = c.contains(Category.MINOR) ? people.age(15, 18) : people.age(19, 70);
			return people.prisoner(c.contains(Category.WOMAN), age, on);
		}
		return people.heldInGaza(c.contains(Category.FEMALE_SOLDIER) ? people.age(19, 21) : people.age(20, 85), on);
	}

	/** Identity confirmed, transferred, handed over (joined to the transfer) and received, or remains returned. */
	private void walk(int round, String custodian, String receiver, List<PersonRef> persons, Instant released,
			String place) {
		step(PathStep.IDENTITY_CONFIRMED, round, ICRC, persons, released.minus(Duration.ofMinutes(90)), place, null);
		long transfer = step(PathStep.TRANSFERRED, round, custodian, persons, released.minus(Duration.ofMinutes(30)),
				place, null);
		long handover = step(PathStep.HANDED_OVER, round, ICRC, persons, released, place, transfer);
		var remains = this.lists.ofRound(LOG, round).stream().filter(m -> persons.contains(m.ref())).allMatch(ListMember::remains);
		step(remains ? PathStep.REMAINS_RETURNED : PathStep.RECEIVED, round, receiver, persons,
				released.plus(Duration.ofMinutes(60)), null, handover);
	}

	private long step(PathStep step, int round, String party, List<PersonRef> persons, Instant at,
			@Nullable String place, @Nullable Long joined) {
		return this.paths.record(DEMO, LOG, new PersonPaths.StepRequest(step, round, party, persons, at, place, null,
				joined)).index();
	}

	private void status(int round, RoundState status, Instant at, @Nullable Instant plannedAt, @Nullable String reason) {
		this.rounds.changeStatus("egypt", DEMO, LOG, round, new ReleaseRounds.StatusChange(status, at, plannedAt, reason));
	}

}
