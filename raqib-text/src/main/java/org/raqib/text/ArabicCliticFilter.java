package org.raqib.text;

import java.util.ArrayDeque;
import java.util.Deque;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Adds, at the same position as a normalised Arabic word, its readings without proclitics ({@link Clitics}):
 * {@code وغزه} also stands as {@code غزه}, {@code وبغزه} as {@code بغزه} and {@code غزه}. Used on both sides,
 * so a document saying وغزة is found by غزة and a query for وغزة finds a document saying غزة. A reading that
 * is a protected name is marked as a keyword, so a stemmer after this filter leaves it alone.
 */
final class ArabicCliticFilter extends TokenFilter {

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);

	private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

	private final Deque<String> pending = new ArrayDeque<>();

	private final java.util.function.Predicate<String> protectedName;

	private State state;

	ArabicCliticFilter(TokenStream input, java.util.function.Predicate<String> protectedName) {
		super(input);
		this.protectedName = protectedName;
	}

	@Override
	public boolean incrementToken() throws java.io.IOException {
		if (!this.pending.isEmpty()) {
			restoreState(this.state);
			String reading = this.pending.pop();
			this.term.setEmpty().append(reading);
			this.position.setPositionIncrement(0);
			this.keyword.setKeyword(this.protectedName.test(reading));
			return true;
		}
		if (!this.input.incrementToken()) {
			return false;
		}
		String word = this.term.toString();
		this.keyword.setKeyword(this.keyword.isKeyword() || this.protectedName.test(word));
		var readings = Clitics.readings(word);
		for (int i = 1; i < readings.size(); i++) {
			this.pending.add(readings.get(i).form());
		}
		if (!this.pending.isEmpty()) {
			this.state = captureState();
		}
		return true;
	}

	@Override
	public void reset() throws java.io.IOException {
		super.reset();
		this.pending.clear();
		this.state = null;
	}

}
