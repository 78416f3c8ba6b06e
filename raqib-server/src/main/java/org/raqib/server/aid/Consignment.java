package org.raqib.server.aid;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A consignment as it stands: its registration (entry {@code index}, signed by {@code party}), where it is
 * now and since when, and when it arrived at the crossing and left it (crossed or was turned back).
 */
public record Consignment(String reference, long index, String party, String agency, @Nullable String origin,
		String crossing, String destination, int trucks, Set<String> cargo, Stage stage, Instant stageAt,
		long stageIndex, @Nullable Instant arrivedAt, @Nullable Instant leftAt) {

	public Consignment {
		cargo = Set.copyOf(cargo);
	}

	/** How long its trucks have waited at the crossing by {@code at}, if they are waiting then. */
	public @Nullable Duration waitingAt(Instant at) {
		if (this.arrivedAt == null || this.arrivedAt.isAfter(at) || this.leftAt != null && !this.leftAt.isAfter(at)) {
			return null;
		}
		return Duration.between(this.arrivedAt, at);
	}

	/** The stages it may go to next. */
	public List<Stage> next() {
		return this.stage.next().stream().sorted().toList();
	}

	/** A cargo line as registered. */
	public record Line(String category, long quantity, String unit) {
	}

}
