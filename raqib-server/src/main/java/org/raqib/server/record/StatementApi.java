package org.raqib.server.record;

import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.raqib.server.access.Actor;
import org.raqib.server.access.RaqibUser;
import org.raqib.server.system.InvalidInput;
import org.raqib.server.system.NotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Official statements through the API: list, record, correct, retract. */
@RestController
@RequestMapping("/api/v1/logs/{log}/statements")
class StatementApi {

	/** A statement to record for a party. */
	record NewStatement(@Nullable String party, @Nullable String textAr, @Nullable String textEn,
			@Nullable String occurredAt, @Nullable String link) {
	}

	/** A correction: the statement as it should read, and why. */
	record Correction(@Nullable String reason, @Nullable String textAr, @Nullable String textEn,
			@Nullable String occurredAt, @Nullable String link) {
	}

	record Retraction(@Nullable String reason) {
	}

	private final Statements statements;

	StatementApi(Statements statements) {
		this.statements = statements;
	}

	@GetMapping
	List<Statement> list(@PathVariable String log, @AuthenticationPrincipal RaqibUser user) {
		return this.statements.list(log, user);
	}

	@GetMapping("/{index}")
	Statement one(@PathVariable String log, @PathVariable long index, @AuthenticationPrincipal RaqibUser user) {
		return this.statements.find(log, index, user).orElseThrow(() -> new NotFound("statement"));
	}

	@PostMapping
	ResponseEntity<LogApi.AppendedView> record(@PathVariable String log, @RequestBody NewStatement body,
			@AuthenticationPrincipal RaqibUser user, Authentication auth, HttpServletRequest request) {
		if (body.party() == null || body.party().isBlank()) {
			throw InvalidInput.of("party", "record.payload.required");
		}
		Appended appended = this.statements.record(log, body.party().strip(),
				new StatementText(body.textAr(), body.textEn(), body.occurredAt(), body.link()), user,
				Actor.of(auth, request));
		return ResponseEntity.created(URI.create("/api/v1/logs/" + log + "/statements/" + appended.index()))
			.body(LogApi.AppendedView.of(appended));
	}

	@PostMapping("/{index}/corrections")
	ResponseEntity<LogApi.AppendedView> correct(@PathVariable String log, @PathVariable long index,
			@RequestBody Correction body, @AuthenticationPrincipal RaqibUser user, Authentication auth,
			HttpServletRequest request) {
		Appended appended = this.statements.correct(log, index,
				new StatementText(body.textAr(), body.textEn(), body.occurredAt(), body.link()),
				body.reason() == null ? "" : body.reason(), user, Actor.of(auth, request));
		return ResponseEntity.status(201).body(LogApi.AppendedView.of(appended));
	}

	@PostMapping("/{index}/retractions")
	ResponseEntity<LogApi.AppendedView> retract(@PathVariable String log, @PathVariable long index,
			@RequestBody Retraction body, @AuthenticationPrincipal RaqibUser user, Authentication auth,
			HttpServletRequest request) {
		Appended appended = this.statements.retract(log, index, body.reason() == null ? "" : body.reason(), user,
				Actor.of(auth, request));
		return ResponseEntity.status(201).body(LogApi.AppendedView.of(appended));
	}

}
