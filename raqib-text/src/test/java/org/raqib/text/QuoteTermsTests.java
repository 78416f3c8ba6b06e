package org.raqib.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteTermsTests {

	@Test
	void namesAndRoadsAreTerms() {
		assertThat(QuoteTerms.isTerm("حماس")).isTrue();
		assertThat(QuoteTerms.isTerm("جبهة النصرة")).isTrue();
		assertThat(QuoteTerms.isTerm("إم 4")).isTrue();
		assertThat(QuoteTerms.isTerm("تاس")).isTrue();
		assertThat(QuoteTerms.isTerm("Hamas")).isTrue();
	}

	@Test
	void hamzaTaMarbutaAndTheArticleAreReadAway() {
		assertThat(QuoteTerms.isTerm("اِم 4")).isTrue();
		assertThat(QuoteTerms.isTerm("الحماس")).isTrue();
		assertThat(QuoteTerms.isTerm("جبهه النصره")).isTrue();
	}

	@Test
	void wordsOfAStatementAreNoTerm() {
		assertThat(QuoteTerms.isTerm("حماس سلمت القائمة")).isFalse();
		assertThat(QuoteTerms.isTerm("تفاهم كامل")).isFalse();
	}

}
