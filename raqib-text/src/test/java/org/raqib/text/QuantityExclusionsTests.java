package org.raqib.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What looks like a number but counts nothing: each exclusion with its exact input. */
class QuantityExclusionsTests {

	@Test
	void aTeenOrdinalIsNoCount() {
		assertThat(Quantities.find("تبدأ المفاوضات في اليوم السادس عشر من الاتفاق", "ar")).isEmpty();
	}

	@Test
	void aRoadNamedByAnArabicLetterIsNoCount() {
		assertThat(Quantities.find("استؤنفت الدوريات على الطريق إم 4 قرب سراقب", "ar")).isEmpty();
	}

	@Test
	void aRoadNamedByALatinLetterIsNoCount() {
		assertThat(Quantities.find("Patrols resumed on the M4 near Saraqib", "en")).isEmpty();
	}

	@Test
	void percentagesYearsAndClockTimesAreNoCounts() {
		assertThat(Quantities.find("بلغت النسبة 40 في المئة عام 2024 عند الساعة 14,00 ت غ", "ar")).isEmpty();
	}

	@Test
	void tenAfterACardinalStillCounts() {
		assertThat(Quantities.find("أفرج عن ستة عشر محتجزاً", "ar")).singleElement()
			.satisfies(q -> assertThat(q.value()).isEqualTo(16L));
	}

}
