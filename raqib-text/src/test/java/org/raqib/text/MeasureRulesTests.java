package org.raqib.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the sentence around a counted noun changes its measure: each rule with its exact input and output. */
class MeasureRulesTests {

	static String measure(String text, String language) {
		return Quantities.find(text, language).get(0).measure();
	}

	@Test
	void aKillVerbMakesPeopleKilled() {
		assertThat(measure("قُتل 12 شخصاً في القصف", "ar")).isEqualTo("killed");
	}

	@Test
	void anInjuryVerbMakesPeopleInjured() {
		assertThat(measure("أصيب 7 أشخاص بجروح طفيفة", "ar")).isEqualTo("injured");
	}

	@Test
	void anIsraeliAfterTheNounMakesHeldPersons() {
		assertThat(measure("أفرج عن 4 محتجزين إسرائيليين", "ar")).isEqualTo("held-persons-released");
	}

	@Test
	void aPalestinianAfterTheNounMakesPrisoners() {
		assertThat(measure("أفرج عن 200 معتقل فلسطيني", "ar")).isEqualTo("prisoners-released");
	}

	@Test
	void trucksSentBackAreRejected() {
		assertThat(measure("وأعيدت 42 شاحنة بعد التفتيش", "ar")).isEqualTo("trucks-rejected");
		assertThat(measure("12 trucks were turned back at inspection", "en")).isEqualTo("trucks-rejected");
	}

	@Test
	void trucksCarryingFuelAreFuelTrucks() {
		assertThat(measure("30 trucks carrying fuel entered", "en")).isEqualTo("fuel-trucks");
	}

	@Test
	void theWoundedGoingForTreatmentArePatients() {
		assertThat(measure("نقل 40 جريحاً للعلاج في مصر", "ar")).isEqualTo("patients");
	}

}
