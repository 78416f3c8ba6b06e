package org.raqib.text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Finds dates and times in Arabic and English news ({@link TimeDates}, {@link TimeClocks}, {@link TimeDays}),
 * on the normalised text, with offsets in the original. Relative days are resolved against the publication
 * date in the given zone; where expressions overlap, the one starting first, then the longer, is kept.
 */
public final class Times {

	private Times() {
	}

	public static List<TimeExpression> find(String text, @Nullable Instant published, ZoneId zone) {
		NormalizedText normalized = TextNormalizer.normalize(text);
		LocalDate day = published == null ? null : LocalDate.ofInstant(published, zone);
		var all = new ArrayList<TimeExpression>();
		all.addAll(TimeDates.find(normalized, day));
		all.addAll(TimeClocks.find(normalized));
		all.addAll(TimeDays.find(normalized, day));
		all.sort(Comparator.comparingInt(TimeExpression::start).thenComparing(e -> -e.end()));
		var kept = new ArrayList<TimeExpression>();
		int end = -1;
		for (TimeExpression expression : all) {
			if (expression.start() >= end) {
				kept.add(expression);
				end = expression.end();
			}
		}
		return kept;
	}

}
