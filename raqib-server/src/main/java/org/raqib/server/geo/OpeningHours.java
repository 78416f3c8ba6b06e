package org.raqib.server.geo;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * When a crossing is open, as the file writes it: {@code 24h}, {@code closed}, or daily ranges such as
 * {@code 08:00-12:00, 13:00-16:00}. A range that ends before it starts runs past midnight; {@code 24:00}
 * may end a range.
 */
public final class OpeningHours {

	private static final Pattern RANGE = Pattern.compile("([01]\\d|2[0-3]):([0-5]\\d)-([01]\\d|2[0-3]|24):([0-5]\\d)");

	private static final int DAY = 24 * 60;

	private final String text;

	/** Minutes since midnight, [from, to) pairs; an overnight range has to < from. */
	private final List<int[]> ranges;

	private OpeningHours(String text, List<int[]> ranges) {
		this.text = text;
		this.ranges = ranges;
	}

	/** The hours the text describes, or empty when it is not in the format above. */
	public static Optional<OpeningHours> parse(String text) {
		String trimmed = text.strip();
		if (trimmed.equals("24h")) {
			return Optional.of(new OpeningHours(trimmed, List.<int[]>of(new int[] { 0, DAY })));
		}
		if (trimmed.equals("closed")) {
			return Optional.of(new OpeningHours(trimmed, List.of()));
		}
		var ranges = new ArrayList<int[]>();
		for (String part : trimmed.split(",", -1)) {
			int[] range = range(part.strip());
			if (range == null) {
				return Optional.empty();
			}
			ranges.add(range);
		}
		return Optional.of(new OpeningHours(trimmed, List.copyOf(ranges)));
	}

	private static int @Nullable [] range(String part) {
		Matcher m = RANGE.matcher(part);
		if (!m.matches()) {
			return null;
		}
		int from = Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2));
		int to = Integer.parseInt(m.group(3)) * 60 + Integer.parseInt(m.group(4));
		if (to > DAY || from == to) {
			return null;
		}
		return new int[] { from, to };
	}

	public boolean isOpenAt(LocalTime time) {
		int minute = time.getHour() * 60 + time.getMinute();
		for (int[] range : this.ranges) {
			boolean open = (range[0] < range[1]) ? minute >= range[0] && minute < range[1]
					: minute >= range[0] || minute < range[1];
			if (open) {
				return true;
			}
		}
		return false;
	}

	public String text() {
		return this.text;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof OpeningHours hours && hours.text.equals(this.text);
	}

	@Override
	public int hashCode() {
		return this.text.hashCode();
	}

	@Override
	public String toString() {
		return this.text;
	}

}
