package org.raqib.server.exchange;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.raqib.server.access.RaqibUser;
import org.raqib.server.person.PersonRef;
import org.raqib.server.record.Appended;
import org.raqib.server.record.Appending;
import org.raqib.server.system.InvalidInput;
import org.springframework.stereotype.Service;

/** The steps of held persons' paths, each signed by the party that takes it. */
@Service
public class PersonPaths {

	/**
	 * A step to record.
	 * @param party the party that takes the step (and signs it).
	 * @param joined the entry it joins: the custodian's transfer for a handover, the handover for a receipt.
	 */
	public record StepRequest(PathStep step, int round, String party, List<PersonRef> persons, Instant occurredAt,
			@Nullable String place, @Nullable String reason, @Nullable Long joined) {
	}

	private final ExchangeProjection projection;

	private final StepTable steps;

	private final Appending appending;

	PersonPaths(ExchangeProjection projection, StepTable steps, Appending appending) {
		this.projection = projection;
		this.steps = steps;
		this.appending = appending;
	}

	public List<PathEvent> ofRound(String log, int round) {
		return this.steps.ofRound(log, round);
	}

	public List<PathEvent> ofPerson(String log, PersonRef ref) {
		return this.steps.ofPerson(log, ref);
	}

	public Optional<PathEvent> find(String log, long index) {
		return this.steps.find(log, index);
	}

	public Set<PersonRef> persons(String log, long index) {
		return this.steps.persons(log, index);
	}

	/**
	 * Records a step after checking it against the record as it stands.
	 * @throws InvalidInput naming the rule broken: a step out of order, by the wrong party, of persons not in
	 * the round, or a handover not joined to the custodian's transfer.
	 */
	public Appended record(RaqibUser user, String log, StepRequest request) {
		Acting.checkActsFor(user, log, request.party());
		return record(user.getUsername(), log, request);
	}

	/** {@link #record(RaqibUser, String, StepRequest)} once the user is known to act for the party. */
	Appended record(String recordedBy, String log, StepRequest request) {
		if (request.persons().isEmpty()) {
			throw InvalidInput.of("persons", "exchange.step.persons.required");
		}
		List<Long> refs = request.joined() == null ? List.of() : List.of(request.joined());
		var step = new ExchangePayloads.Step(request.step(), request.round(), request.persons(), request.occurredAt(),
				blank(request.place()), blank(request.reason()));
		byte[] payload = step.write();
		ExchangePayloads.Step.read(payload);
		if (request.step().joins().isPresent() && request.joined() == null) {
			throw InvalidInput.of("joined", "exchange.step.ref.required");
		}
		Optional<String> broken = PathRules.broken(this.projection.context(log, step, request.party(), refs));
		if (broken.isPresent()) {
			throw InvalidInput.of(field(broken.get()), broken.get());
		}
		return this.appending.append(log, ExchangeKinds.STEP, request.party(), recordedBy, payload, refs);
	}

	/**
	 * Retracts a step, signed by the party that took it: its persons go back where they stood and a handover's
	 * releases stop counting. Only a person's latest step can be retracted; otherwise the retraction is kept
	 * in the record as a conflict that changes nothing.
	 */
	public Appended retract(RaqibUser user, String log, long index, String reason) {
		PathEvent event = find(log, index).orElseThrow(() -> new org.raqib.server.system.NotFound("step " + index));
		Acting.checkActsFor(user, log, event.party());
		if (reason == null || reason.isBlank() || reason.length() > 1000) {
			throw InvalidInput.of("reason", "exchange.step.retract.reason");
		}
		if (event.conflict() != null || !"current".equals(event.state())) {
			throw InvalidInput.of("index", "exchange.step.retract.not-standing");
		}
		return this.appending.append(log, org.raqib.server.record.Revisions.RETRACTION, event.party(),
				user.getUsername(), org.raqib.server.record.Payloads.write(java.util.Map.of("reason", reason.strip())),
				List.of(index));
	}

	private static String field(String rule) {
		if (rule.endsWith("wrong-party")) {
			return "party";
		}
		if (rule.contains(".round-")) {
			return "round";
		}
		return rule.endsWith("unjoined") || rule.endsWith("unexpected-ref") ? "joined" : "persons";
	}

	private static @Nullable String blank(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
