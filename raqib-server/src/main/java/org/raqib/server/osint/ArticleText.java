package org.raqib.server.osint;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * An article's text cut into pieces for its page: plain text, and each claim's figure as written, marked
 * (and flagged when the record contradicts it). Claims whose figures overlap an earlier one are not marked twice.
 */
final class ArticleText {

	/** A piece of the text; {@code claim} is null for plain text. */
	record Piece(String text, @Nullable NewsClaim claim, boolean flagged) {
	}

	private ArticleText() {
	}

	static List<Piece> pieces(String text, List<NewsClaim> claims, Set<Integer> flagged) {
		var pieces = new ArrayList<Piece>();
		int at = 0;
		for (NewsClaim claim : claims) {
			int start = text.indexOf(claim.surface(), Math.max(claim.start(), at));
			if (start < 0 || start < at || start > claim.end()) {
				continue;
			}
			int end = start + claim.surface().length();
			if (start > at) {
				pieces.add(new Piece(text.substring(at, start), null, false));
			}
			pieces.add(new Piece(text.substring(start, end), claim, flagged.contains(claim.number())));
			at = end;
		}
		if (at < text.length()) {
			pieces.add(new Piece(text.substring(at), null, false));
		}
		return pieces;
	}

}
