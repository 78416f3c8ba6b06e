package org.raqib.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Bounds and approximations before and after a number, in Arabic and English. */
class QuantityBoundsTests {

	static Quantity first(String text, String language) {
		return Quantities.find(text, language).get(0);
	}

	@Test
	void moreThan() {
		assertThat(first("دخلت أكثر من 600 شاحنة", "ar").bound()).isEqualTo(Quantity.Bound.MORE_THAN);
		assertThat(first("more than 1,000 patients", "en").bound()).isEqualTo(Quantity.Bound.MORE_THAN);
	}

	@Test
	void atLeastBeforeOrAfter() {
		assertThat(first("ما لا يقل عن 50 شاحنة", "ar").bound()).isEqualTo(Quantity.Bound.AT_LEAST);
		assertThat(first("50 شاحنة على الأقل", "ar").bound()).isEqualTo(Quantity.Bound.AT_LEAST);
		assertThat(first("at least 737 detainees", "en").bound()).isEqualTo(Quantity.Bound.AT_LEAST);
	}

	@Test
	void lessThan() {
		assertThat(first("أقل من 200 جريح", "ar").bound()).isEqualTo(Quantity.Bound.LESS_THAN);
		assertThat(first("fewer than 200 injured", "en").bound()).isEqualTo(Quantity.Bound.LESS_THAN);
	}

	@Test
	void approximations() {
		assertThat(first("نحو 6 ساعات", "ar").bound()).isEqualTo(Quantity.Bound.ABOUT);
		assertThat(first("قرابة خمسين شاحنة", "ar").bound()).isEqualTo(Quantity.Bound.ABOUT);
		assertThat(first("about six hours", "en").bound()).isEqualTo(Quantity.Bound.ABOUT);
	}

	@Test
	void upTo() {
		assertThat(first("حتى 150 مريضاً", "ar").bound()).isEqualTo(Quantity.Bound.AT_MOST);
		assertThat(first("up to 600 a day", "en").bound()).isEqualTo(Quantity.Bound.AT_MOST);
	}

	@Test
	void rangesCarryTheirUpperEnd() {
		Quantity range = first("ما بين 990 و1650 شاحنة", "ar");
		assertThat(range.bound()).isEqualTo(Quantity.Bound.RANGE);
		assertThat(range.value()).isEqualTo(990L);
		assertThat(range.upper()).isEqualTo(1650L);
	}

}
