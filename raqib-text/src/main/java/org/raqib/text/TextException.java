package org.raqib.text;

/**
 * Input that cannot be read as news, with what is wrong and where: the byte offset of a malformed UTF-8
 * sequence, the line of a truncated record, the item of a feed.
 */
public class TextException extends RuntimeException {

	/** What is wrong with the input. */
	public enum Problem {
		/** Not valid UTF-8 (or the declared charset) at the given place. */
		ENCODING,
		/** The input ends in the middle of something: an HTML document, a feed, a JSON record, a UTF-8 sequence. */
		TRUNCATED,
		/** Nothing to read. */
		EMPTY,
		/** Not the format it was read as (not a feed, not JSON, not a known layout). */
		FORMAT,
		/** A record lacks what every article needs (a title, a body). */
		MISSING_FIELD
	}

	private final Problem problem;

	private final String where;

	public TextException(Problem problem, String where, String message) {
		super(problem + " at " + where + ": " + message);
		this.problem = problem;
		this.where = where;
	}

	public Problem problem() {
		return this.problem;
	}

	/** Where: {@code byte 1234}, {@code line 12}, {@code item 3}, {@code record 7}. */
	public String where() {
		return this.where;
	}

}
