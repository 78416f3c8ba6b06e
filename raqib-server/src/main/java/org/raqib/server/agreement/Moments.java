package org.raqib.server.agreement;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Times as agreements write them, resolved in the agreement's time zone: {@code entry-into-force};
 * {@code day N}, where day 1 is the day of entry into force (a start means the beginning of that day,
 * day 1 beginning at entry into force; an end means the end of that day); a date (its beginning as a
 * start, its end as an end); a local date and time ({@code 2025-01-19T08:30}); or a date and time with its
 * offset ({@code 2020-03-06T00:01+03:00}).
 */
final class Moments {

	static final String ENTRY_INTO_FORCE = "entry-into-force";

	private static final Pattern DAY = Pattern.compile("day (\\d{1,4})");

	private static final Pattern LEAD = Pattern.compile("(\\d{1,4})(m|h|d)");

	private final ZoneId zone;

	private final LocalDateTime entryIntoForce;

	Moments(ZoneId zone, LocalDateTime entryIntoForce) {
		this.zone = zone;
		this.entryIntoForce = entryIntoForce;
	}

	static Moments of(AgreementDefinition definition) {
		return new Moments(ZoneId.of(definition.timeZone()), localDateTime(definition.entryIntoForce()));
	}

	Instant entryIntoForce() {
		return this.entryIntoForce.atZone(this.zone).toInstant();
	}

	/** When a period written so starts, or null when it is not a moment. */
	@Nullable Instant start(String text) {
		return resolve(text, false);
	}

	/** When a period written so ends (exclusive), or null when it is not a moment. */
	@Nullable Instant end(String text) {
		return resolve(text, true);
	}

	private @Nullable Instant resolve(String text, boolean end) {
		if (ENTRY_INTO_FORCE.equals(text)) {
			return entryIntoForce();
		}
		Matcher day = DAY.matcher(text);
		if (day.matches()) {
			int n = Integer.parseInt(day.group(1));
			if (n < 1) {
				return null;
			}
			LocalDate date = this.entryIntoForce.toLocalDate().plusDays(n - 1L);
			if (end) {
				return date.plusDays(1).atStartOfDay(this.zone).toInstant();
			}
			return n == 1 ? entryIntoForce() : date.atStartOfDay(this.zone).toInstant();
		}
		try {
			if (text.length() == 10) {
				LocalDate date = LocalDate.parse(text);
				return (end ? date.plusDays(1) : date).atStartOfDay(this.zone).toInstant();
			}
			if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d$")) {
				return OffsetDateTime.parse(text).toInstant();
			}
			return LocalDateTime.parse(text).atZone(this.zone).toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** A local date and time, or a date meaning its beginning. */
	static LocalDateTime localDateTime(String text) {
		return text.length() == 10 ? LocalDate.parse(text).atStartOfDay() : LocalDateTime.parse(text);
	}

	/** A lead time such as {@code 24h}, {@code 7d} or {@code 90m}, or null. */
	static @Nullable Duration lead(String text) {
		Matcher m = LEAD.matcher(text);
		if (!m.matches()) {
			return null;
		}
		long n = Long.parseLong(m.group(1));
		switch (m.group(2)) {
			case "m":
				return Duration.ofMinutes(n);
			case "h":
				return Duration.ofHours(n);
			default:
				return Duration.ofDays(n);
		}
	}

}
