package org.raqib.text;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;

/**
 * A date or time named in a text, at its place in the original.
 *
 * @param kind {@code date} (a calendar date), {@code month} (a month, dated its first day), {@code day} (a
 * weekday or yesterday/today/tomorrow resolved against publication), {@code time} (a clock time), or
 * {@code relative} when it needs a publication date that is unknown (date then null)
 * @param offset UTC for times given in GMT ({@code ت غ}, {@code GMT}, {@code UTC}), else null
 */
public record TimeExpression(int start, int end, String surface, @Nullable LocalDate date, @Nullable LocalTime time,
		@Nullable ZoneOffset offset, String kind) {
}
