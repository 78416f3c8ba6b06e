package org.raqib.server.record;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.raqib.server.access.RaqibUser;
import org.raqib.server.system.InvalidInput;
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

/** The parties' confirmations and disputes of an entry, as JSON. */
@RestController
@RequestMapping("/api/v1/logs/{log}/entries/{index}/responses")
@Tag(name = "record")
class ResponseApi {

	record ResponseBody(String party, String stance, @Nullable String note, @Nullable String link) {
	}

	record Recorded(long index) {
	}

	private final Responses responses;

	ResponseApi(Responses responses) {
		this.responses = responses;
	}

	@GetMapping
	List<Response> list(@PathVariable String log, @PathVariable long index, @AuthenticationPrincipal RaqibUser user) {
		if (!RoomAccess.isRoomMember(user, log)) {
			throw new Rejected(HttpStatus.FORBIDDEN, "NEED_TO_KNOW", "answers are for the room's members");
		}
		return this.responses.to(log, index);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Recorded respond(@PathVariable String log, @PathVariable long index, @RequestBody ResponseBody body,
			@AuthenticationPrincipal RaqibUser user) {
		Response.Stance stance = java.util.Arrays.stream(Response.Stance.values())
			.filter(s -> s.code().equals(body.stance()))
			.findFirst()
			.orElseThrow(() -> InvalidInput.of("stance", "response.stance.unknown"));
		return new Recorded(this.responses.respond(user, log, index, body.party(), stance, body.note(), body.link())
			.index());
	}

}
