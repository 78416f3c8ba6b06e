package org.raqib.server.agreement.compliance;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** When an obligation applies: from {@code start} (inclusive) to {@code end} (exclusive); null is open. */
public record Window(@Nullable Instant start, @Nullable Instant end) {

	public static final Window ALWAYS = new Window(null, null);

	public boolean contains(Instant t) {
		return (this.start == null || !t.isBefore(this.start)) && (this.end == null || t.isBefore(this.end));
	}

}
