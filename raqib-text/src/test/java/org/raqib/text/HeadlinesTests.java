package org.raqib.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HeadlinesTests {

	@ParameterizedTest
	@ValueSource(strings = { "الإفراج عن 20 محتجزاً في الدفعة الثانية", "Will the crossing open on Sunday?",
			"اللجنة: «خروقات محدودة»" })
	void shortLinesNotEndingASentenceLookLikeHeadlines(String line) {
		assertThat(Headlines.isHeadlineLike(line)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "The committee met on Tuesday.", "وقال إن «الهدنة صامدة».", "وقال إن «الهدنة صامدة.»" })
	void sentencesEndingInAFullStopAreNoHeadlines(String line) {
		assertThat(Headlines.isHeadlineLike(line)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(ints = { 201, 500 })
	void longLinesAreNoHeadlines(int length) {
		assertThat(Headlines.isHeadlineLike("x".repeat(length))).isFalse();
	}

}
