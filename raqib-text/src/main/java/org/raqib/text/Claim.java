package org.raqib.text;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A claim an article makes: a typed measure with its value or bound, what it is about, who said it, when
 * and where, the sentence it stands in with its offsets (into {@code title + "\n" + body}), and how sure
 * the reading is.
 *
 * @param about the codes of the organisations, places and people the sentence names.
 * @param source who the statement is attributed to, as written ("وزارة الخارجية المصرية", "the UN"), or
 * the speaker of the quotation it stands in.
 * @param confidence from 0 to 1: higher when the measure, the source and the time were all found.
 */
public record Claim(String measure, @Nullable Long value, @Nullable Long upper, Quantity.Bound bound, String surface,
		List<String> about, @Nullable String source, @Nullable TimeExpression when, @Nullable String where,
		String sentence, int start, int end, double confidence) {

	public Claim {
		about = List.copyOf(about);
	}

}
