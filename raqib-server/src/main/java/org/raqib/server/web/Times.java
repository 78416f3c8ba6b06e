package org.raqib.server.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * How pages show times: stored in UTC and shown in UTC with Latin digits, so a time reads the same in
 * every language and beside every party's own records. Pages of an agreement add its own zone.
 */
@Component("times")
public class Times {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

	public String utc(@Nullable Instant instant) {
		return instant == null ? "—" : MINUTES.format(instant);
	}

	public String day(@Nullable Instant instant) {
		return instant == null ? "—" : DAY.format(instant);
	}

	/** For the {@code datetime} attribute of {@code <time>}. */
	public String iso(@Nullable Instant instant) {
		return instant == null ? "" : instant.toString();
	}

}
