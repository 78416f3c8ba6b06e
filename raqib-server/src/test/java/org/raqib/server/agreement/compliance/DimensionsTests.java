package org.raqib.server.agreement.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class DimensionsTests {

	@Test
	void theSameDimensionsAlwaysGiveTheSameText() {
		assertThat(Dimensions.encode(Map.of("zone", Set.of("m5", "idlib-dmz"), "cargo", Set.of("fuel"))))
			.isEqualTo("cargo=fuel;zone=idlib-dmz|m5");
	}

	@Test
	void separatorsInNamesAndValuesAreEscaped() {
		Map<String, Set<String>> odd = Map.of("a=b", Set.of("x;y", "50%", "p|q", ""), "route", Set.of("طريق صلاح الدين"));
		String text = Dimensions.encode(odd);
		assertThat(text).isEqualTo("a%3Db=|50%25|p%7Cq|x%3By;route=طريق صلاح الدين");
		assertThat(Dimensions.decode(text)).isEqualTo(odd);
	}

	@Test
	void noDimensionsIsEmptyText() {
		assertThat(Dimensions.encode(Map.of())).isEmpty();
		assertThat(Dimensions.decode("")).isEmpty();
		assertThat(Dimensions.encode(Map.of("round", Set.of()))).isEmpty();
	}

}
