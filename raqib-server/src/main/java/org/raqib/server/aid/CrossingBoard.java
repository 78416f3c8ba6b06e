package org.raqib.server.aid;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.raqib.server.geo.Crossing;

/**
 * One day at the crossings: per crossing, the consignments and trucks that reached each stage that day, the
 * trucks waiting at {@code at} (the day's end, or now for today) and since when, and the time consignments
 * that left a stage that day had spent in it.
 */
public record CrossingBoard(LocalDate day, Instant at, List<Row> crossings) {

	/** One crossing's day. */
	public record Row(Crossing crossing, Map<Stage, Reached> reached, List<Waiting> waiting,
			List<TimeInStage> timeInStage) {

		public Reached reached(Stage stage) {
			return this.reached.getOrDefault(stage, Reached.NONE);
		}

		public int waitingTrucks() {
			return this.waiting.stream().mapToInt(w -> w.consignment().trucks()).sum();
		}

		public boolean quiet() {
			return this.reached.isEmpty() && this.waiting.isEmpty();
		}

	}

	/** Consignments and their trucks that reached a stage. */
	public record Reached(int consignments, long trucks) {

		static final Reached NONE = new Reached(0, 0);

	}

	/** A consignment waiting at the crossing, and for how long. */
	public record Waiting(Consignment consignment, Duration waited) {
	}

	/** How long consignments that left {@code stage} that day had spent in it: median and 90th percentile. */
	public record TimeInStage(String crossing, Stage stage, int steps, long medianSeconds, long p90Seconds) {
	}

	/** The stages the board shows, in the pipeline's order. */
	public static List<Stage> stages() {
		return List.of(Stage.values());
	}

	/** A duration as the board reads it: hours and minutes. */
	public static String hours(long seconds) {
		return String.format("%d:%02d", seconds / 3600, seconds % 3600 / 60);
	}

	public static String hours(Duration duration) {
		return hours(duration.toSeconds());
	}

}
