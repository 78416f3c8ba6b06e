package org.raqib.server.agreement.compliance;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An obligation's status with the log indexes of the entries that prove it, the reason in words (a message
 * key of {@code compliance.reason.*} and its arguments) and, for counted obligations, the figures per day
 * or per group: its trend.
 */
public record Assessment(String obligation, Status status, List<Long> evidence, String reason, List<Object> reasonArgs,
		List<Figure> figures) {

	public Assessment {
		evidence = List.copyOf(evidence);
		reasonArgs = List.copyOf(reasonArgs);
		figures = List.copyOf(figures);
	}

	/** One period's or group's count against its target: a day, a round, or the whole window. */
	public record Figure(String label, @Nullable LocalDate day, long value, long target) {
	}

}
