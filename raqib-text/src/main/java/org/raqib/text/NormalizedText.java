package org.raqib.text;

import java.util.Arrays;

/**
 * A text after {@link TextNormalizer}, and for every one of its characters the offset of the character of
 * the original it came from: a match found in the normalised text is shown, highlighted or cited at its
 * place in the original.
 */
public final class NormalizedText {

	private final String original;

	private final String text;

	/** For each normalised char, the original offset it came from; one more entry: the original's length. */
	private final int[] origins;

	NormalizedText(String original, String text, int[] origins) {
		this.original = original;
		this.text = text;
		this.origins = origins;
	}

	public String original() {
		return this.original;
	}

	public String text() {
		return this.text;
	}

	/** Where the normalised character at {@code index} (or the end, at {@code text().length()}) came from. */
	public int originalOffset(int index) {
		return this.origins[index];
	}

	/**
	 * The original span that the normalised span {@code [start, end)} came from: from the origin of its first
	 * character to the end of the original character its last one came from.
	 */
	public int[] originalSpan(int start, int end) {
		if (start < 0 || end > this.text.length() || start > end) {
			throw new IndexOutOfBoundsException("span " + start + ".." + end + " of " + this.text.length());
		}
		if (start == end) {
			return new int[] { this.origins[start], this.origins[start] };
		}
		int from = this.origins[start];
		int last = this.origins[end - 1];
		return new int[] { from, last + Character.charCount(this.original.codePointAt(last)) };
	}

	/** The original text of a normalised span. */
	public String originalText(int start, int end) {
		int[] span = originalSpan(start, end);
		return this.original.substring(span[0], span[1]);
	}

	@Override
	public String toString() {
		return this.text + " " + Arrays.toString(this.origins);
	}

}
