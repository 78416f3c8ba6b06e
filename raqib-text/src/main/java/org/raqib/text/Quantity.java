package org.raqib.text;

import org.jspecify.annotations.Nullable;

/**
 * A counted quantity found in a text: the number (with its bound or range) and the noun it counts.
 *
 * @param start offset of the first character in the given text (the bound words included).
 * @param end offset after the counted noun, or after the number when there is none.
 * @param surface the text between {@code start} and {@code end} as written.
 * @param value the number, or the lower end of a range or of a vague quantity; null when it is not a whole number
 * (3.5).
 * @param upper the upper end of a range or of a vague quantity (عشرات: 99), else null.
 * @param noun the counted noun as written, clitics left out, or null.
 * @param measure what is counted ({@code aid-trucks}, {@code killed}…) from {@code measures.tsv}, or null.
 */
public record Quantity(int start, int end, String surface, @Nullable Long value, @Nullable Long upper, Bound bound,
		@Nullable String noun, @Nullable String measure) {

	/** How the number relates to the real count. */
	public enum Bound {

		EXACT, MORE_THAN, AT_LEAST, LESS_THAN, AT_MOST, ABOUT, RANGE, VAGUE

	}

}
