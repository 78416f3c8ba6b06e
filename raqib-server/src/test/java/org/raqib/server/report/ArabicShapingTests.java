package org.raqib.server.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

class ArabicShapingTests {

	@Test
	void lettersTakeTheirInitialMedialFinalAndIsolatedForms() {
		// ain initial, beh medial, reh final; teh isolated, because reh never joins the letter after it
		assertThat(ArabicShaping.shape("عبرت")).isEqualTo("\uFECB\uFE92\uFEAE\uFE95");
	}

	@Test
	void lamAndAlefBecomeOneLigature() {
		assertThat(ArabicShaping.shape("لا")).isEqualTo("\uFEFB");
		assertThat(ArabicShaping.shape("سلام")).isEqualTo("\uFEB3\uFEFC\uFEE1");
	}

	@Test
	void marksAreKeptAndSkippedWhenJoining() {
		assertThat(ArabicShaping.shape("وقوداً")).isEqualTo("\uFEED\uFED7\uFEEE\uFEA9\uFE8D\u064B");
		assertThat(ArabicShaping.shape("بَب")).isEqualTo("\uFE91\u064E\uFE90");
	}

	@Test
	void otherTextIsLeftAsItIs() {
		assertThat(ArabicShaping.shape("kerem-shalom 600 – ، ـ")).isEqualTo("kerem-shalom 600 – ، ـ");
	}

	@Test
	void compatibilityNormalisationGivesTheLettersBack() {
		String text = "عبرت 600 شاحنة مساعدات، منها 50 تحمل وقوداً إلى الشمال";
		assertThat(Normalizer.normalize(ArabicShaping.shape(text), Normalizer.Form.NFKC)).isEqualTo(text);
	}

}
