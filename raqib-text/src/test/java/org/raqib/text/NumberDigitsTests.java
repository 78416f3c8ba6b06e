package org.raqib.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class NumberDigitsTests {

	@Test
	void commaBeforeThreeDigitsSeparatesThousands() {
		assertThat(NumberDigits.parse("46,899", "en")).isEqualByComparingTo("46899");
		assertThat(NumberDigits.parse("1,890", "ar")).isEqualByComparingTo("1890");
	}

	@Test
	void dotBeforeThreeDigitsIsThousandsInArabicOnly() {
		assertThat(NumberDigits.parse("1.890", "ar")).isEqualByComparingTo("1890");
		assertThat(NumberDigits.parse("1.890", "en")).isEqualByComparingTo("1.89");
	}

	@Test
	void decimalsAndArabicSeparators() {
		assertThat(NumberDigits.parse("3.5", "ar")).isEqualByComparingTo("3.5");
		assertThat(NumberDigits.parse("2\u066B5", "ar")).isEqualByComparingTo("2.5");
		assertThat(NumberDigits.parse("46\u066C899", "ar")).isEqualByComparingTo(new BigDecimal(46899));
	}

}
