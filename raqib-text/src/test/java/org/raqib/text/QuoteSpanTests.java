package org.raqib.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteSpanTests {

	@Test
	void guillemetsCurlyAndStraightQuotesGiveTheQuotedTextWithoutMarks() {
		assertThat(QuoteSpan.find("قال «نعم» ثم “yes” و\"oui\"")).containsExactly(new QuoteSpan("نعم", 5, 8),
				new QuoteSpan("yes", 14, 17), new QuoteSpan("oui", 21, 24));
	}

	@Test
	void nestedGuillemetsStayInsideTheOuterQuotation() {
		assertThat(QuoteSpan.find("«قال «لا» للجميع»")).containsExactly(new QuoteSpan("قال «لا» للجميع", 1, 16));
	}

	@Test
	void aStraightQuoteNotClosedInItsParagraphOpensNothing() {
		assertThat(QuoteSpan.find("a \"b\nc\" d")).isEmpty();
	}

	@Test
	void anUnclosedGuillemetOpensNothing() {
		assertThat(QuoteSpan.find("«بلا نهاية")).isEmpty();
	}

}
