package org.raqib.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CliticsTests {

	@Test
	void keepsTheWordAsWrittenFirst() {
		assertThat(Clitics.readings("ادلب")).containsExactly(new Clitics.Reading(0, "ادلب"));
	}

	@Test
	void takesOffTheConjunction() {
		assertThat(Clitics.readings("وادلب")).contains(new Clitics.Reading(1, "ادلب"));
	}

	@Test
	void takesOffConjunctionAndPreposition() {
		assertThat(Clitics.readings("وبغزه")).contains(new Clitics.Reading(2, "غزه"));
		assertThat(Clitics.readings("فبغزه")).contains(new Clitics.Reading(2, "غزه"));
	}

	@Test
	void keepsTheArticleAfterAPreposition() {
		assertThat(Clitics.readings("بالدوحه")).contains(new Clitics.Reading(1, "الدوحه"));
	}

	@Test
	void readsLamLamAsPrepositionAndArticle() {
		assertThat(Clitics.readings("للامم")).contains(new Clitics.Reading(1, "الامم"));
	}

	@Test
	void leavesAtLeastTwoLetters() {
		assertThat(Clitics.readings("بك")).containsExactly(new Clitics.Reading(0, "بك"));
	}

	@Test
	void leavesLatinWordsAlone() {
		assertThat(Clitics.readings("world")).containsExactly(new Clitics.Reading(0, "world"));
	}

}
