package org.raqib.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberWordsTests {

	private static NumberWords.Parsed parse(String text) {
		return NumberWords.parse(QuantityTokens.of(TextNormalizer.normalize(text).text()), 0);
	}

	@Test
	void readsArabicCompoundsJoinedByWaw() {
		assertThat(parse("ثلاثة وثلاثين").value()).isEqualTo(33);
		assertThat(parse("ألف وثمانمائة وتسعون").value()).isEqualTo(1890);
		assertThat(parse("ستة وأربعون ألفاً وثمانمائة وتسعة وتسعون").value()).isEqualTo(46899);
	}

	@Test
	void readsGenderCaseAndSpellingVariants() {
		assertThat(parse("ثلاث").value()).isEqualTo(3);
		assertThat(parse("عشرين").value()).isEqualTo(20);
		assertThat(parse("اثنتين").value()).isEqualTo(2);
		assertThat(parse("مئة").value()).isEqualTo(100);
		assertThat(parse("مائة").value()).isEqualTo(100);
		assertThat(parse("تسعمائة").value()).isEqualTo(900);
		assertThat(parse("ألفين").value()).isEqualTo(2000);
		assertThat(parse("خمس عشرة").value()).isEqualTo(15);
		assertThat(parse("ثلاثة آلاف").value()).isEqualTo(3000);
	}

	@Test
	void readsEnglishWords() {
		assertThat(parse("thirty-three").value()).isEqualTo(33);
		assertThat(parse("two hundred").value()).isEqualTo(200);
		assertThat(parse("two hundred and fifty").value()).isEqualTo(250);
		assertThat(parse("a dozen").value()).isEqualTo(12);
		assertThat(parse("Twelve").value()).isEqualTo(12);
	}

	@Test
	void readsVagueMagnitudes() {
		var tens = parse("عشرات");
		assertThat(tens.value()).isEqualTo(10);
		assertThat(tens.upper()).isEqualTo(99);
		assertThat(parse("آلاف").upper()).isEqualTo(9999);
		assertThat(parse("hundreds of thousands").value()).isEqualTo(100_000);
		assertThat(parse("مئات الآلاف").upper()).isEqualTo(999_999);
	}

	@Test
	void ordinalsWeekdaysAndOneAreNoNumbers() {
		assertThat(parse("الثالث")).isNull();
		assertThat(parse("الاثنين")).isNull();
		assertThat(parse("third")).isNull();
		assertThat(parse("واحد")).isNull();
		assertThat(parse("one")).isNull();
	}

	@Test
	void twoNumbersSideBySideStayTwo() {
		assertThat(parse("ثلاثة وأربعة").value()).isEqualTo(3);
	}

}
