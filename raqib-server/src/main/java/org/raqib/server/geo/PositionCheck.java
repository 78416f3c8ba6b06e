package org.raqib.server.geo;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Envelope;

/**
 * Whether a longitude and latitude can be right: on the globe, inside the area the file declares (its
 * {@code bbox}), and not latitude and longitude the wrong way round, the commonest mistake in hand-made files.
 */
final class PositionCheck {

	static final String RANGE = "geo.error.coordinates.range";

	static final String SWAPPED = "geo.error.coordinates.swapped";

	static final String OUTSIDE_BBOX = "geo.error.coordinates.outside-bbox";

	private final @Nullable Envelope expected;

	PositionCheck(@Nullable Envelope expected) {
		this.expected = expected;
	}

	/** The code of what is wrong with the position, or {@code null} if nothing is. */
	@Nullable String problem(double lon, double lat) {
		if (!(Math.abs(lon) <= 180 && Math.abs(lat) <= 90)) {
			// A latitude beyond ±90 that would be a valid longitude, beside a longitude that would be a valid
			// latitude, or a position that lands in the declared area once turned round.
			boolean turnable = Math.abs(lat) <= 180 && Math.abs(lon) <= 90;
			return (turnable || inExpectedArea(lat, lon)) ? SWAPPED : RANGE;
		}
		if (this.expected != null && !inExpectedArea(lon, lat)) {
			return inExpectedArea(lat, lon) ? SWAPPED : OUTSIDE_BBOX;
		}
		return null;
	}

	private boolean inExpectedArea(double lon, double lat) {
		return this.expected != null && this.expected.covers(lon, lat);
	}

	/** A coordinate as a message argument, written as it would be in the file. */
	static String text(double value) {
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

}
