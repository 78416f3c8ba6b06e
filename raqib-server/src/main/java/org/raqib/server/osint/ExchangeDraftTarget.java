package org.raqib.server.osint;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

import org.raqib.server.exchange.PathStep;
import org.raqib.server.exchange.ReleaseRound;
import org.raqib.server.exchange.ReleaseRounds;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Releases in the news become a draft of a step in the exchange module: the page of the round planned nearest
 * the claim's day, its step form prefilled with the hand-over and the day, for a mediator to name the persons
 * and record it. An exchange step names persons, not a count, and carries no link: the claim-accepted entry
 * is what ties the claim to the round.
 */
@Component
class ExchangeDraftTarget implements DraftTarget {

	private static final List<String> MEASURES = List.of("prisoners-released", "held-persons-released");

	private final ReleaseRounds rounds;

	private final Ingesting ingesting;

	ExchangeDraftTarget(ReleaseRounds rounds, Ingesting ingesting) {
		this.rounds = rounds;
		this.ingesting = ingesting;
	}

	@Override
	public String module() {
		return "exchange";
	}

	@Override
	public boolean takes(String measure) {
		return MEASURES.contains(measure);
	}

	@Override
	public String form(Draft draft) {
		LocalDate day = draft.day();
		ZoneId zone = this.ingesting.zone(draft.agreement());
		ReleaseRound nearest = day == null ? null : this.rounds.all(draft.agreement()).stream()
			.min(Comparator.comparingLong(r -> Math.abs(r.plannedAt().atZone(zone).toLocalDate().toEpochDay()
					- day.toEpochDay())))
			.orElse(null);
		if (nearest == null) {
			return UriComponentsBuilder.fromPath("/agreements/{id}/exchange").buildAndExpand(draft.agreement())
				.encode().toUriString();
		}
		return UriComponentsBuilder.fromPath("/agreements/{id}/exchange/rounds/{n}")
			.queryParam("step", PathStep.HANDED_OVER.code())
			.queryParam("occurredAt", day + "T12:00")
			.buildAndExpand(draft.agreement(), nearest.round())
			.encode()
			.toUriString() + "#step";
	}

}
