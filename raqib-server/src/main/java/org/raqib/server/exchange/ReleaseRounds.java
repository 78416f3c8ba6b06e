package org.raqib.server.exchange;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.raqib.server.access.RaqibUser;
import org.raqib.server.agreement.Agreements;
import org.raqib.server.record.Appended;
import org.raqib.server.record.Appending;
import org.raqib.server.system.InvalidInput;
import org.raqib.server.system.NotFound;
import org.springframework.stereotype.Service;

/** Release rounds: planned by the mediators, then started, completed, delayed or cancelled. */
@Service
public class ReleaseRounds {

	/** A round to plan. */
	public record Plan(int round, Instant plannedAt, @Nullable String place, String intermediary) {
	}

	/** A status to record; a delay gives the new time, a delay or cancellation its reason. */
	public record StatusChange(RoundState status, Instant occurredAt, @Nullable Instant plannedAt,
			@Nullable String reason) {
	}

	/** Where a round may go from where it is; completed and cancelled rounds go nowhere. */
	private static final java.util.Map<RoundState, Set<RoundState>> NEXT = java.util.Map.of(RoundState.PLANNED,
			Set.of(RoundState.IN_PROGRESS, RoundState.DELAYED, RoundState.CANCELLED), RoundState.DELAYED,
			Set.of(RoundState.IN_PROGRESS, RoundState.DELAYED, RoundState.CANCELLED), RoundState.IN_PROGRESS,
			Set.of(RoundState.COMPLETED, RoundState.DELAYED, RoundState.CANCELLED));

	private final RoundTable rounds;

	private final ExchangeProjection projection;

	private final Agreements agreements;

	private final Appending appending;

	ReleaseRounds(RoundTable rounds, ExchangeProjection projection, Agreements agreements, Appending appending) {
		this.rounds = rounds;
		this.projection = projection;
		this.agreements = agreements;
		this.appending = appending;
	}

	public List<ReleaseRound> all(String log) {
		return this.rounds.all(log);
	}

	public Optional<ReleaseRound> find(String log, int round) {
		return this.rounds.find(log, round);
	}

	public ReleaseRound get(String log, int round) {
		return find(log, round).orElseThrow(() -> new NotFound("round " + round));
	}

	public List<ReleaseRound.Change> changes(String log, int round) {
		return this.rounds.changes(log, round);
	}

	/**
	 * Plans the next round, signed by the mediator's party.
	 * @throws InvalidInput when the round is not the next one, falls outside the agreement's term, or its
	 * intermediary is not the agreement's.
	 */
	public Appended plan(RaqibUser user, String log, Plan plan) {
		var version = this.agreements.latest(log).orElseThrow(() -> new NotFound("agreement " + log));
		RoomParties parties = RoomParties.of(version.definition());
		return plan(Acting.mediatorParty(user, log, parties.mediators()), user.getUsername(), log, plan);
	}

	/** Plans a round signed by a mediating party, for whoever recorded it. */
	Appended plan(String signer, String recordedBy, String log, Plan plan) {
		var version = this.agreements.latest(log).orElseThrow(() -> new NotFound("agreement " + log));
		RoomParties parties = RoomParties.of(version.definition());
		int next = this.rounds.last(log) + 1;
		if (plan.round() != next) {
			throw InvalidInput.of("round", "exchange.round.not-next", next);
		}
		if (!Agreements.term(version.definition()).covers(plan.plannedAt())) {
			throw InvalidInput.of("plannedAt", "exchange.round.outside-term");
		}
		if (!parties.intermediaries().contains(plan.intermediary())) {
			throw InvalidInput.of("intermediary", "exchange.round.intermediary.unknown", plan.intermediary());
		}
		var payload = new ExchangePayloads.RoundPlan(plan.round(), plan.plannedAt(), blank(plan.place()),
				plan.intermediary());
		return this.appending.append(log, ExchangeKinds.ROUND_PLANNED, signer, recordedBy, payload.write(),
				List.of());
	}

	/** Records a round's new status, signed by the mediator's party. */
	public Appended changeStatus(RaqibUser user, String log, int round, StatusChange change) {
		String signer = Acting.mediatorParty(user, log, this.projection.parties(log).mediators());
		return changeStatus(signer, user.getUsername(), log, round, change);
	}

	Appended changeStatus(String signer, String recordedBy, String log, int round, StatusChange change) {
		ReleaseRound current = get(log, round);
		if (!NEXT.getOrDefault(current.status(), Set.of()).contains(change.status())) {
			throw InvalidInput.of("status", "exchange.round.transition", current.status().code(), change.status().code());
		}
		var payload = new ExchangePayloads.RoundStatus(round, change.status(), change.occurredAt(),
				change.status() == RoundState.DELAYED ? change.plannedAt() : null, blank(change.reason()));
		ExchangePayloads.RoundStatus.read(payload.write());
		return this.appending.append(log, ExchangeKinds.ROUND_STATUS, signer, recordedBy, payload.write(),
				List.of());
	}

	private static @Nullable String blank(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
