package org.raqib.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The seed as News II's acceptance case: its claims with their sources (skipped when the shared seeds are
 * absent; no text of the seed is in this repository, only values and short words of the sources' names).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClaimSeedTests {

	static final Path SEED = Path.of("..", "..", "shared", "seeds", "000_1d3520ac03fff421.txt");

	final List<Claim> claims = new ArrayList<>();

	@BeforeAll
	void readTheSeed() throws IOException {
		org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(SEED), "the shared seeds are not here");
		Articles.read(Files.readAllBytes(SEED), SEED.getFileName().toString())
			.forEach(article -> this.claims.addAll(Claims.find(article)));
	}

	private List<Claim> of(String measure, long value) {
		return this.claims.stream().filter(c -> c.measure().equals(measure) && c.value() != null && c.value() == value)
			.toList();
	}

	@Test
	void thirtyThreeHeldPersonsAccordingToEgyptsForeignMinistryAndQatar() {
		assertThat(of("held-persons-released", 33)).extracting(Claim::source)
			.anySatisfy(s -> assertThat(s).contains("وزارة").contains("الخارجية"))
			.anySatisfy(s -> assertThat(s).contains("قطر"));
	}

	@Test
	void eighteenNinetyPrisonersInExchange() {
		assertThat(of("prisoners-released", 1890)).isNotEmpty()
			.allSatisfy(c -> assertThat(c.bound()).isEqualTo(Quantity.Bound.EXACT));
	}

	@Test
	void sevenThirtySevenDetaineesNotBeforeTwoGmtAccordingToIsraelsJusticeMinistry() {
		assertThat(of("prisoners-released", 737)).singleElement().satisfies(c -> {
			assertThat(c.source()).contains("العدل");
			assertThat(c.when()).isNotNull();
			assertThat(c.when().time()).isEqualTo(LocalTime.of(14, 0));
			assertThat(c.when().offset()).isEqualTo(ZoneOffset.UTC);
		});
	}

	@Test
	void moreThan46899KilledAsALowerBoundFromTheHealthMinistry() {
		assertThat(of("killed", 46899)).singleElement().satisfies(c -> {
			assertThat(c.bound()).isEqualTo(Quantity.Bound.MORE_THAN);
			assertThat(c.source()).contains("الصحة");
		});
	}

	@Test
	void talksOfAboutSixHours() {
		assertThat(of("duration-hours", 6)).singleElement()
			.satisfies(c -> assertThat(c.bound()).isEqualTo(Quantity.Bound.ABOUT));
	}

}
