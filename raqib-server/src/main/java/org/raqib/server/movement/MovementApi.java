package org.raqib.server.movement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.raqib.server.access.RaqibUser;
import org.raqib.server.person.LegalBasis;
import org.raqib.server.person.PersonData;
import org.raqib.server.record.Appended;
import org.raqib.server.record.RoomAccess;
import org.raqib.server.system.InvalidInput;
import org.raqib.server.system.Rejected;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Movement as JSON, for the room's own tools: a day's board, and the commands that record the room's counts,
 * other sources' counts and named lists. Every body is checked whole; a refused one names each field and
 * changes nothing. Named lists answer with references, never names.
 */
@RestController
@RequestMapping("/api/v1/agreements/{id}/movement")
@Tag(name = "movement", description = "People crossing: counts, other sources' counts, named lists")
class MovementApi {

	record CountBody(String party, @Nullable String crossing, @Nullable String route, String direction,
			String category, long count, @Nullable String mode, Instant from, Instant to) {
	}

	record ReportBody(String party, String source, String sourceKind, @Nullable String link, @Nullable String crossing,
			@Nullable String route, String direction, String category, long count, LocalDate day,
			@Nullable String note) {
	}

	record PersonBody(@Nullable String nameAr, @Nullable String nameLatin, @Nullable String nameHe,
			@Nullable String idNumber, @Nullable LocalDate dateOfBirth, @Nullable Integer birthYear,
			@Nullable String place, String category) {
	}

	record ListBody(String listId, String party, String legalBasis, LocalDate retainUntil, List<Long> counts,
			List<PersonBody> persons) {
	}

	record ListView(CrossingList list, List<CrossingList.Member> members) {
	}

	record EntryView(long index, Instant recordedAt) {

		static EntryView of(Appended appended) {
			return new EntryView(appended.index(), appended.recordedAt());
		}

	}

	private final MovementViews views;

	private final CrossingMovements movements;

	private final CompetingCounts competing;

	private final CrossingLists lists;

	MovementApi(MovementViews views, CrossingMovements movements, CompetingCounts competing, CrossingLists lists) {
		this.views = views;
		this.movements = movements;
		this.competing = competing;
		this.lists = lists;
	}

	@GetMapping
	MovementBoard board(@PathVariable String id, @RequestParam LocalDate day, @AuthenticationPrincipal RaqibUser user) {
		room(user, id);
		return this.views.board(id, day, "en");
	}

	@GetMapping("/lists/{listId}")
	ListView list(@PathVariable String id, @PathVariable String listId, @AuthenticationPrincipal RaqibUser user) {
		room(user, id);
		return new ListView(this.lists.get(id, listId), this.lists.members(id, listId));
	}

	@PostMapping("/counts")
	@ResponseStatus(HttpStatus.CREATED)
	EntryView count(@PathVariable String id, @RequestBody CountBody body, @AuthenticationPrincipal RaqibUser user) {
		room(user, id);
		return EntryView.of(this.movements.record(user, id, new CrossingMovements.CountRequest(body.party(),
				MovementInput.passage(body.crossing(), body.route()), MovementInput.direction(body.direction()),
				MovementInput.category(body.category()), body.count(), MovementInput.mode(body.mode()), body.from(),
				body.to())));
	}

	@PostMapping("/reported-counts")
	@ResponseStatus(HttpStatus.CREATED)
	EntryView report(@PathVariable String id, @RequestBody ReportBody body, @AuthenticationPrincipal RaqibUser user) {
		room(user, id);
		return EntryView.of(this.competing.record(user, id, new CompetingCounts.Report(body.party(), body.source(),
				MovementInput.sourceKind(body.sourceKind()), body.link(), MovementInput.passage(body.crossing(),
						body.route()), MovementInput.direction(body.direction()),
				MovementInput.category(body.category()), body.count(), body.day(), body.note())));
	}

	@PostMapping("/lists")
	@ResponseStatus(HttpStatus.CREATED)
	EntryView submit(@PathVariable String id, @RequestBody ListBody body, @AuthenticationPrincipal RaqibUser user) {
		room(user, id);
		LegalBasis basis = java.util.Arrays.stream(LegalBasis.values()).filter(b -> b.code().equals(body.legalBasis()))
			.findFirst()
			.orElseThrow(() -> InvalidInput.of("legalBasis", "movement.list.legal-basis.unknown", body.legalBasis()));
		var persons = body.persons().stream().map(p -> new CrossingLists.NamedPerson(new PersonData(p.nameAr(),
				p.nameLatin(), p.nameHe(), p.idNumber(), p.dateOfBirth(), p.birthYear(), p.place()),
				MovementInput.category(p.category()))).toList();
		return EntryView.of(this.lists.submit(user, id, new CrossingLists.ListRequest(body.listId(), body.party(),
				basis, body.retainUntil(), body.counts(), persons)));
	}

	private static void room(RaqibUser user, String id) {
		if (!RoomAccess.isRoomMember(user, id)) {
			throw new Rejected(HttpStatus.FORBIDDEN, "NOT_IN_THE_ROOM", "only the room of " + id + " sees its movement");
		}
	}

}
