package org.raqib.server.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonSearchTextTests {

	@Test
	void unifiesAlefFormsAndDropsDiacriticsAndTatweel() {
		assertThat(SearchText.normalise("أُسـامة")).isEqualTo(SearchText.normalise("اسامه"));
		assertThat(SearchText.normalise("إبراهيم")).isEqualTo("ابراهيم");
		assertThat(SearchText.normalise("آمنة")).isEqualTo("امنه");
	}

	@Test
	void turnsAlefMaqsuraIntoYa() {
		assertThat(SearchText.normalise("مصطفى")).isEqualTo("مصطفي");
	}

	@Test
	void ignoresLatinCaseAccentsAndRepeatedSpaces() {
		assertThat(SearchText.normalise("  JOSÉ   Müller ")).isEqualTo("jose muller");
	}

	@Test
	void readsDigitsOfAnyScriptAsLatinDigits() {
		assertThat(SearchText.normalise("٤٠١٢")).isEqualTo("4012");
	}

}
