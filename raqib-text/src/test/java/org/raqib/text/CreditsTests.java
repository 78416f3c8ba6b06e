package org.raqib.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditsTests {

	@ParameterizedTest
	@ValueSource(strings = { "(أ.ف.ب)", "(رويترز)", "(أ.ب)", "(إ.ب.أ)", "(AFP)", "(Reuters)", "(AP)", "(أ ف ب)",
			"(ا.ف.ب)", "(EPA-EFE)", "(AFP/Getty Images)", "(د.ب.أ)" })
	void findsAKnownAgencyEndingALine(String credit) {
		assertThat(Credits.endingOf("شاحنات عند المعبر " + credit)).contains(credit);
	}

	@Test
	void anOrganisationsAcronymIsNoCredit() {
		assertThat(Credits.endingOf("مصدر في حلف شمال الأطلسي (ناتو)")).isEmpty();
	}

	@Test
	void aCreditInsideTheLineIsNoEnding() {
		assertThat(Credits.endingOf("Trucks at Rafah (AFP) on Monday")).isEmpty();
	}

	@Test
	void aJointCreditNeedsEveryPartKnown() {
		assertThat(Credits.endingOf("Trucks at Rafah (AFP/Committee)")).isEmpty();
	}

	@Test
	void keysIgnoreDotsSpacesCaseAndHamza() {
		assertThat(Credits.key("إ. ب. أ")).isEqualTo("ابا");
		assertThat(Credits.key("Getty Images")).isEqualTo("gettyimages");
	}

}
