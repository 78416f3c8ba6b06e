package org.raqib.server.aid;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.raqib.server.geo.Crossing;
import org.springframework.stereotype.Service;

/** Builds the crossing board of a day, cut in the agreement's time zone. */
@Service
public class CrossingBoards {

	private final ConsignmentTable consignments;

	private final PipelineTable pipeline;

	private final AgreementPlaces places;

	private final Clock clock;

	CrossingBoards(ConsignmentTable consignments, PipelineTable pipeline, AgreementPlaces places, Clock clock) {
		this.consignments = consignments;
		this.pipeline = pipeline;
		this.places = places;
		this.clock = clock;
	}

	/** Today in the agreement's zone, or the last day anything was recorded when nothing was today. */
	public LocalDate defaultDay(String log) {
		LocalDate today = LocalDate.now(this.clock.withZone(this.places.of(log).zone()));
		LocalDate last = this.pipeline.lastDay(log);
		return last == null || !last.isBefore(today) ? today : last;
	}

	public CrossingBoard board(String log, LocalDate day) {
		AgreementPlaces.Places at = this.places.of(log);
		Instant end = day.plusDays(1).atStartOfDay(at.zone()).toInstant();
		Instant moment = end.isAfter(this.clock.instant()) ? this.clock.instant() : end;
		var counts = this.pipeline.stageCounts(log, day);
		var times = this.pipeline.timeInStage(log, day);
		var waiting = this.consignments.atCrossings(log, moment, moment);
		return new CrossingBoard(day, moment, at.crossings().stream().map(crossing -> {
			Map<Stage, CrossingBoard.Reached> reached = new EnumMap<>(Stage.class);
			counts.stream()
				.filter(c -> c.crossing().equals(crossing.id()))
				.forEach(c -> reached.put(c.stage(), new CrossingBoard.Reached(c.consignments(), c.trucks())));
			return new CrossingBoard.Row(crossing, reached, waiting(waiting, crossing, moment),
					times.stream().filter(t -> t.crossing().equals(crossing.id())).sorted(
							java.util.Comparator.comparing(CrossingBoard.TimeInStage::stage)).toList());
		}).toList());
	}

	private static List<CrossingBoard.Waiting> waiting(List<Consignment> waiting, Crossing crossing, Instant moment) {
		return waiting.stream()
			.filter(c -> c.crossing().equals(crossing.id()))
			.map(c -> new CrossingBoard.Waiting(c, java.util.Objects.requireNonNull(c.waitingAt(moment))))
			.toList();
	}

}
