package org.raqib.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.raqib.text.Quantity.Bound;

/** The quantities of the shared seed (skipped when it is absent), asserted by value, bound and measure only. */
class QuantitySeedTests {

	@Test
	void findsTheSeedsCountsOfReleasesKilledAndTalks() throws IOException {
		Path seed = Stream.of(Path.of("..", "..", "shared", "seeds"), Path.of("..", "shared", "seeds"))
			.map(folder -> folder.resolve("000_1d3520ac03fff421.txt"))
			.filter(Files::isRegularFile)
			.findFirst()
			.orElse(null);
		Assumptions.assumeTrue(seed != null, "the shared seeds folder is absent");
		var found = new ArrayList<Quantity>();
		for (Article a : Articles.read(Files.readAllBytes(seed), "seed")) {
			found.addAll(Quantities.find(a.title() + "\n" + a.body(), a.language()));
		}
		assertThat(found).extracting(Quantity::value, Quantity::bound, Quantity::measure)
			.contains(tuple(33L, Bound.EXACT, "held-persons-released"), tuple(1890L, Bound.EXACT, "prisoners-released"),
					tuple(737L, Bound.EXACT, "prisoners-released"), tuple(46899L, Bound.MORE_THAN, "killed"),
					tuple(6L, Bound.ABOUT, "duration-hours"));
		assertThat(found).extracting(Quantity::value).doesNotContain(1967L, 14L, 2025L);
		List<String> surfaces = found.stream().map(Quantity::surface).toList();
		found.forEach(q -> assertThat(q.surface()).isNotBlank());
		assertThat(surfaces).allMatch(s -> !s.isEmpty());
	}

}
