package org.raqib.text.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The alias table: spellings in any script of one name, look-alikes kept apart. */
class NameAliasesTests {

	private final NameAliases aliases = NameAliases.bundled();

	private int name(String written) {
		return this.aliases.nameOf(NameParts.split(written).parts().get(0));
	}

	@Test
	void spellingsOfOneNameInThreeScriptsAreOneName() {
		assertThat(List.of("Mohamed", "Muhammad", "Mohammad", "محمد", "מוחמד")).allMatch(n -> name(n) == name("Mohammed"));
		assertThat(List.of("Yusuf", "Youssef", "Yosef", "يوسف", "יוסף")).allMatch(n -> name(n) == name("Yousef"));
		assertThat(name("Gamal")).isEqualTo(name("Jamal"));
		assertThat(name("Abdulla")).isEqualTo(name("عبد الله"));
	}

	@Test
	void lookAlikesAreDifferentNames() {
		assertThat(name("Mahmoud")).isNotEqualTo(name("Mohammed"));
		assertThat(name("محمود")).isNotEqualTo(name("محمد"));
		assertThat(name("Hassan")).isNotEqualTo(name("Hussein"));
		assertThat(name("Saleh")).isNotEqualTo(name("Salah"));
		assertThat(name("Kamal")).isNotEqualTo(name("Jamal"));
		assertThat(name("عمر")).isNotEqualTo(name("عمرو"));
	}

	@Test
	void aSpellingUnderTwoNamesIsUnknown() {
		NameAliases table = NameAliases.parse(List.of("a: kamal, kamel", "b: kamil, kamel"));
		assertThat(table.nameOf("kamel")).isEqualTo(NameAliases.UNKNOWN);
		assertThat(table.nameOf("kamal")).isNotEqualTo(table.nameOf("kamil"));
	}

	@Test
	void anUnlistedPartIsUnknown() {
		assertThat(name("Zebulon")).isEqualTo(NameAliases.UNKNOWN);
	}

}
