package org.raqib.text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;

/**
 * Publication times as pages and records write them: ISO-8601 with an offset or {@code Z}, an offset without
 * its colon ({@code +0200}), a local time or a bare date. A time without a zone is taken as UTC, because a
 * record must not move with the reading machine's zone.
 */
final class PageDates {

	private static final DateTimeFormatter COMPACT_OFFSET = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm[:ss]xx");

	private PageDates() {
	}

	static @Nullable Instant parse(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String v = value.strip();
		try {
			return OffsetDateTime.parse(v).toInstant();
		}
		catch (DateTimeParseException ex) {
			// try the next form
		}
		try {
			return ZonedDateTime.parse(v).toInstant();
		}
		catch (DateTimeParseException ex) {
			// try the next form
		}
		try {
			return OffsetDateTime.parse(v, COMPACT_OFFSET).toInstant();
		}
		catch (DateTimeParseException ex) {
			// try the next form
		}
		try {
			return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
		}
		catch (DateTimeParseException ex) {
			// try the next form
		}
		try {
			return LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
