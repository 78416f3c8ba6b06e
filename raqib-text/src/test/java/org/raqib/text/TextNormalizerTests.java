package org.raqib.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each folding with its exact input and output, and the way back to the original. */
class TextNormalizerTests {

	@Test
	void hamzaOnAlefFormsBecomeBareAlef() {
		assertThat(TextNormalizer.normalize("أحمد إدلب آذار").text()).isEqualTo("احمد ادلب اذار");
	}

	@Test
	void alefMaksuraAndTehMarbutaFold() {
		assertThat(TextNormalizer.normalize("مستشفى غزة").text()).isEqualTo("مستشفي غزه");
	}

	@Test
	void yehAndWawWithHamzaAreKept() {
		assertThat(TextNormalizer.normalize("إسرائيل مؤتمر").text()).isEqualTo("اسرائيل مؤتمر");
	}

	@Test
	void tatweelAndHarakatAreRemoved() {
		assertThat(TextNormalizer.normalize("مُحَمَّـــد").text()).isEqualTo("محمد");
	}

	@Test
	void arabicIndicDigitsBecomeAscii() {
		assertThat(TextNormalizer.normalize("١٨٩٠ و۴۵").text()).isEqualTo("1890 و45");
	}

	@Test
	void presentationFormsAndLigaturesBecomeLetters() {
		assertThat(TextNormalizer.normalize("ﻻ").text()).isEqualTo("لا");
	}

	@Test
	void latinIsLowerCased() {
		assertThat(TextNormalizer.normalize("Rafah Crossing").text()).isEqualTo("rafah crossing");
	}

	@Test
	void aSpanOfTheNormalisedTextLeadsBackToTheOriginal() {
		String original = "قال مُحَمَّـد إنّ ١٢ شاحنة";
		NormalizedText normalized = TextNormalizer.normalize(original);
		int start = normalized.text().indexOf("محمد");
		assertThat(normalized.originalText(start, start + 4)).isEqualTo("مُحَمَّـد");
		int digits = normalized.text().indexOf("12");
		assertThat(normalized.originalText(digits, digits + 2)).isEqualTo("١٢");
		assertThat(normalized.originalOffset(normalized.text().length())).isEqualTo(original.length());
	}

	@Test
	void anExpandedLigatureMapsBothLettersToIt() {
		NormalizedText normalized = TextNormalizer.normalize("aﻻb");
		assertThat(normalized.text()).isEqualTo("aلاb");
		assertThat(normalized.originalText(1, 3)).isEqualTo("ﻻ");
		assertThat(normalized.originalText(3, 4)).isEqualTo("b");
	}

	@Test
	void charactersOutsideTheBasicPlaneKeepTheirOffsets() {
		NormalizedText normalized = TextNormalizer.normalize("x😀y");
		assertThat(normalized.originalText(normalized.text().indexOf('y'), normalized.text().length())).isEqualTo("y");
	}

}
