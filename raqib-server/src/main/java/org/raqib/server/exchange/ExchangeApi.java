package org.raqib.server.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.raqib.server.access.RaqibUser;
import org.raqib.server.person.LegalBasis;
import org.raqib.server.person.PersonData;
import org.raqib.server.person.PersonRef;
import org.raqib.server.record.Appended;
import org.raqib.server.record.RoomAccess;
import org.raqib.server.system.InvalidInput;
import org.raqib.server.system.InvalidInput.FieldProblem;
import org.raqib.server.system.Rejected;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Exchanges as JSON, for the room's own tools: rounds with their figures, lists by reference, and the
 * commands that plan rounds, submit lists and record steps. Every body is checked whole; a refused one
 * names each field and changes nothing.
 */
@RestController
@RequestMapping("/api/v1/agreements/{id}/exchange")
@Tag(name = "exchange", description = "Release rounds, lists of held persons and their paths")
class ExchangeApi {

	record PlanBody(int round, Instant plannedAt, @Nullable String place, String intermediary) {
	}

	record StatusBody(String status, Instant occurredAt, @Nullable Instant plannedAt, @Nullable String reason) {
	}

	record PersonBody(@Nullable String nameAr, @Nullable String nameLatin, @Nullable String nameHe,
			@Nullable String idNumber, @Nullable LocalDate dateOfBirth, @Nullable Integer birthYear,
			@Nullable String place, @Nullable List<String> categories, @Nullable String forCategory,
			@Nullable String destination) {
	}

	record ListBody(String listId, int round, String party, String legalBasis, LocalDate retainUntil,
			Instant handedOverAt, List<PersonBody> persons) {
	}

	record StepBody(String step, String party, List<String> persons, Instant occurredAt, @Nullable String place,
			@Nullable String reason, @Nullable Long joined) {
	}

	record EntryView(long index, Instant recordedAt) {

		static EntryView of(Appended appended) {
			return new EntryView(appended.index(), appended.recordedAt());
		}

	}

	private final ReleaseRounds rounds;

	private final ExchangeLists lists;

	private final PersonPaths paths;

	private final ExchangeViews views;

	ExchangeApi(ReleaseRounds rounds, ExchangeLists lists, PersonPaths paths, ExchangeViews views) {
		this.rounds = rounds;
		this.lists = lists;
		this.paths = paths;
		this.views = views;
	}

	@GetMapping("/rounds")
	List<RoundView> rounds(@PathVariable String id, @AuthenticationPrincipal RaqibUser user) {
		room(user, id);
		return this.views.timeline(id);
	}

	@GetMapping("/rounds/{n}")
	RoundView round(@PathVariable String id, @PathVariable int n, @AuthenticationPrincipal RaqibUser user) {
		room(user, id);
		return this.views.round(id, n);
	}

	@GetMapping("/lists/{listId}")
	List<ListMember> list(@PathVariable String id, @PathVariable String listId, @AuthenticationPrincipal RaqibUser user) {
		room(user, id);
		this.lists.get(id, listId);
		return this.lists.members(id, listId);
	}

	@PostMapping("/rounds")
	@ResponseStatus(HttpStatus.CREATED)
	EntryView plan(@PathVariable String id, @RequestBody PlanBody body, @AuthenticationPrincipal RaqibUser user) {
		return EntryView.of(this.rounds.plan(user, id, new ReleaseRounds.Plan(body.round(), body.plannedAt(), body.place(),
				body.intermediary())));
	}

	@PostMapping("/rounds/{n}/status")
	@ResponseStatus(HttpStatus.CREATED)
	EntryView status(@PathVariable String id, @PathVariable int n, @RequestBody StatusBody body,
			@AuthenticationPrincipal RaqibUser user) {
		RoundState state = RoundState.ofCode(body.status())
			.filter(s -> s != RoundState.PLANNED)
			.orElseThrow(() -> InvalidInput.of("status", "exchange.round.status.unknown", body.status()));
		return EntryView.of(this.rounds.changeStatus(user, id, n,
				new ReleaseRounds.StatusChange(state, body.occurredAt(), body.plannedAt(), body.reason())));
	}

	@PostMapping("/lists")
	@ResponseStatus(HttpStatus.CREATED)
	SubmittedList submit(@PathVariable String id, @RequestBody ListBody body, @AuthenticationPrincipal RaqibUser user) {
		LegalBasis basis = java.util.Arrays.stream(LegalBasis.values())
			.filter(b -> b.code().equals(body.legalBasis()))
			.findFirst()
			.orElseThrow(() -> InvalidInput.of("legalBasis", "exchange.list.legal-basis.unknown", body.legalBasis()));
		return this.lists.submit(user, id, new ListSubmission(body.listId(), body.round(), body.party(), basis,
				body.retainUntil(), body.handedOverAt(), persons(body.persons())));
	}

	@PostMapping("/rounds/{n}/steps")
	@ResponseStatus(HttpStatus.CREATED)
	EntryView step(@PathVariable String id, @PathVariable int n, @RequestBody StepBody body,
			@AuthenticationPrincipal RaqibUser user) {
		PathStep step = PathStep.ofCode(body.step())
			.orElseThrow(() -> InvalidInput.of("step", "exchange.step.unknown", body.step()));
		var refs = new ArrayList<PersonRef>();
		for (int i = 0; i < body.persons().size(); i++) {
			if (!PersonRef.FORMAT.matcher(body.persons().get(i)).matches()) {
				throw InvalidInput.of("persons[" + i + "]", "exchange.person.ref.invalid");
			}
			refs.add(new PersonRef(body.persons().get(i)));
		}
		return EntryView.of(this.paths.record(user, id, new PersonPaths.StepRequest(step, n, body.party(), refs,
				body.occurredAt(), body.place(), body.reason(), body.joined())));
	}

	/** Each person's categories, release-for and destination, every problem named by its place in the list. */
	private static List<ListedPerson> persons(List<PersonBody> bodies) {
		var persons = new ArrayList<ListedPerson>();
		var problems = new ArrayList<FieldProblem>();
		for (int i = 0; i < bodies.size(); i++) {
			PersonBody body = bodies.get(i);
			String at = "persons[" + i + "].";
			Set<Category> categories = EnumSet.noneOf(Category.class);
			for (String code : body.categories() == null ? List.<String>of() : body.categories()) {
				Category.ofCode(code).ifPresentOrElse(categories::add,
						() -> problems.add(new FieldProblem(at + "categories", "exchange.category.unknown", List.of(code))));
			}
			Category forCategory = body.forCategory() == null ? null : Category.ofCode(body.forCategory()).orElse(null);
			if (body.forCategory() != null && forCategory == null) {
				problems.add(new FieldProblem(at + "forCategory", "exchange.category.unknown", List.of(body.forCategory())));
			}
			Destination destination = Destination.ofCode(body.destination() == null ? "" : body.destination()).orElse(null);
			if (destination == null) {
				problems.add(new FieldProblem(at + "destination", "exchange.destination.unknown",
						List.of(String.valueOf(body.destination()))));
				continue;
			}
			persons.add(new ListedPerson(new PersonData(body.nameAr(), body.nameLatin(), body.nameHe(), body.idNumber(),
					body.dateOfBirth(), body.birthYear(), body.place()), categories, forCategory, destination));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		return persons;
	}

	private static void room(RaqibUser user, String id) {
		if (!RoomAccess.isRoomMember(user, id)) {
			throw new Rejected(HttpStatus.FORBIDDEN, "NOT_IN_THE_ROOM", "only the room of " + id + " sees its exchanges");
		}
	}

}
