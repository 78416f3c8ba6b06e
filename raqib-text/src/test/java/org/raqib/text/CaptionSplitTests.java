package org.raqib.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CaptionSplitTests {

	@Test
	void splitsArabicDottedAgencyAbbreviation() {
		assertThat(Captions.split("شاحنات عند معبر رفح (أ.ف.ب)"))
			.isEqualTo(new Article.Caption("شاحنات عند معبر رفح", "(أ.ف.ب)"));
	}

	@Test
	void splitsArabicAgencyName() {
		assertThat(Captions.split("حافلة تقل مفرجا عنهم (رويترز)"))
			.isEqualTo(new Article.Caption("حافلة تقل مفرجا عنهم", "(رويترز)"));
	}

	@Test
	void splitsEnglishAgencyWhateverItsCase() {
		assertThat(Captions.split("Buses leave the crossing (Reuters)"))
			.isEqualTo(new Article.Caption("Buses leave the crossing", "(Reuters)"));
		assertThat(Captions.split("Fuel tankers wait (AFP)")).isEqualTo(new Article.Caption("Fuel tankers wait", "(AFP)"));
	}

	@Test
	void splitsTwoAgenciesSharingACredit() {
		assertThat(Captions.split("A damaged pipeline (AFP/Getty Images)"))
			.isEqualTo(new Article.Caption("A damaged pipeline", "(AFP/Getty Images)"));
	}

	@Test
	void keepsAParenthesisThatIsNotAnAgency() {
		assertThat(Captions.split("Crowds at the crossing (file photo)"))
			.isEqualTo(new Article.Caption("Crowds at the crossing (file photo)", null));
		assertThat(Captions.split("معبر رفح (2024)")).isEqualTo(new Article.Caption("معبر رفح (2024)", null));
	}

	@Test
	void keepsACaptionWithoutCredit() {
		assertThat(Captions.split("حافلات الصليب الأحمر تغادر المعبر"))
			.isEqualTo(new Article.Caption("حافلات الصليب الأحمر تغادر المعبر", null));
	}

	@Test
	void aCreditAloneIsNotSplitIntoAnEmptyCaption() {
		assertThat(Captions.split("(AFP)")).isEqualTo(new Article.Caption("(AFP)", null));
	}

	@Test
	void takesACreditMarkedUpApartFromTheEndOfTheText() {
		assertThat(Captions.withCredit("A damaged pipeline (AFP)", "(AFP)"))
			.isEqualTo(new Article.Caption("A damaged pipeline", "(AFP)"));
	}

}
