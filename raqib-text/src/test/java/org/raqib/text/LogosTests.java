package org.raqib.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LogosTests {

	@ParameterizedTest
	@ValueSource(strings = { "TT", "الشرق", "Gaza Daily", "الشرق الأوسط" })
	void oneOrTwoPlainWordsLookLikeALogo(String line) {
		assertThat(Logos.isLogoLike(line)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "Aid resumes at Rafah", "15 trucks", "Gaza:", "«حماس»", "Rafah (AFP)",
			"Averyveryverylongmastheadname" })
	void wordsDigitsPunctuationOrLengthRuleOutALogo(String line) {
		assertThat(Logos.isLogoLike(line)).isFalse();
	}

}
