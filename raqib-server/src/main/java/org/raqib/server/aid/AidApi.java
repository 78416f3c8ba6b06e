package org.raqib.server.aid;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.raqib.server.access.RaqibUser;
import org.raqib.server.record.Appended;
import org.raqib.server.record.RoomAccess;
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
 * Aid as JSON, for the room's own tools: consignments with their cargo and steps, the crossing board, the
 * competing counts; and the commands that register consignments, move them and record counts. A refused
 * body names each field and changes nothing.
 */
@RestController
@RequestMapping("/api/v1/agreements/{id}/aid")
@Tag(name = "aid", description = "Consignments of trucks through the crossings, and competing counts")
class AidApi {

	record ConsignmentBody(String party, String reference, String agency, @Nullable String origin, String crossing,
			String destination, int trucks, List<Consignment.Line> cargo, Instant occurredAt) {
	}

	record StepBody(String party, String stage, Instant occurredAt, @Nullable String reason, @Nullable String manner,
			@Nullable String note) {
	}

	record CountBody(String party, LocalDate date, String crossing, String stage, int trucks, String source,
			String sourceType, @Nullable String link) {
	}

	record EntryView(long index, Instant recordedAt) {

		static EntryView of(Appended appended) {
			return new EntryView(appended.index(), appended.recordedAt());
		}

	}

	record ConsignmentView(Consignment consignment, List<Consignment.Line> cargo, List<ConsignmentStep> steps) {
	}

	private final Consignments consignments;

	private final CrossingBoards boards;

	private final CompetingCounts counts;

	AidApi(Consignments consignments, CrossingBoards boards, CompetingCounts counts) {
		this.consignments = consignments;
		this.boards = boards;
		this.counts = counts;
	}

	@GetMapping("/consignments/{reference}")
	ConsignmentView consignment(@PathVariable String id, @PathVariable String reference,
			@AuthenticationPrincipal RaqibUser user) {
		room(user, id);
		return new ConsignmentView(this.consignments.get(id, reference), this.consignments.cargo(id, reference),
				this.consignments.steps(id, reference));
	}

	@GetMapping("/board")
	CrossingBoard board(@PathVariable String id, @RequestParam(required = false) @Nullable LocalDate day,
			@AuthenticationPrincipal RaqibUser user) {
		room(user, id);
		return this.boards.board(id, day == null ? this.boards.defaultDay(id) : day);
	}

	@GetMapping("/counts")
	List<CompetingCounts.Comparison> counts(@PathVariable String id, @AuthenticationPrincipal RaqibUser user) {
		room(user, id);
		return this.counts.compare(id);
	}

	@PostMapping("/consignments")
	@ResponseStatus(HttpStatus.CREATED)
	EntryView register(@PathVariable String id, @RequestBody ConsignmentBody body, @AuthenticationPrincipal RaqibUser user) {
		room(user, id);
		return EntryView.of(this.consignments.register(user, id, body.party(), new Consignments.NewConsignment(
				body.reference(), body.agency(), body.origin(), body.crossing(), body.destination(), body.trucks(),
				body.cargo() == null ? List.of() : body.cargo(), body.occurredAt())));
	}

	@PostMapping("/consignments/{reference}/steps")
	@ResponseStatus(HttpStatus.CREATED)
	EntryView step(@PathVariable String id, @PathVariable String reference, @RequestBody StepBody body,
			@AuthenticationPrincipal RaqibUser user) {
		room(user, id);
		return EntryView.of(this.consignments.step(user, id, body.party(), new Consignments.NextStep(reference,
				body.stage(), body.occurredAt(), body.reason(), body.manner(), body.note())));
	}

	@PostMapping("/counts")
	@ResponseStatus(HttpStatus.CREATED)
	EntryView count(@PathVariable String id, @RequestBody CountBody body, @AuthenticationPrincipal RaqibUser user) {
		room(user, id);
		return EntryView.of(this.counts.report(user, id, body.party(), new CompetingCounts.NewCount(body.date(),
				body.crossing(), body.stage(), body.trucks(), body.source(), body.sourceType(), body.link())));
	}

	private static void room(RaqibUser user, String id) {
		if (!RoomAccess.isRoomMember(user, id)) {
			throw new Rejected(HttpStatus.FORBIDDEN, "NOT_IN_THE_ROOM", "only the room of " + id + " reads its aid");
		}
	}

}
