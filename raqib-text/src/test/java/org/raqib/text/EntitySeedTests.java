package org.raqib.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The entities of the shared seed (skipped when it is absent); expectations are codes, never its text. */
class EntitySeedTests {

	static Path seed() {
		Path seed = Stream.of(Path.of("..", "..", "shared", "seeds"), Path.of("..", "shared", "seeds"))
			.map(folder -> folder.resolve("000_1d3520ac03fff421.txt"))
			.filter(Files::isRegularFile)
			.findFirst()
			.orElse(null);
		Assumptions.assumeTrue(seed != null, "the shared seeds folder is absent");
		return seed;
	}

	@Test
	void findsTheActorsOfBothSeedArticles() throws IOException {
		Path seed = seed();
		var codes = Articles.read(Files.readAllBytes(seed), seed.getFileName().toString())
			.stream()
			.flatMap(article -> Entities.find(article.title() + "\n" + article.body()).stream())
			.map(EntityMention::code)
			.toList();
		assertThat(codes).contains("egypt", "egypt-mfa", "qatar", "israel", "hamas", "lavrov", "peskov", "idlib");
	}

	/** The seed names no highway (its only طريق is a road map, خارطة طريق): the M4 must not be made up. */
	@Test
	void findsNoHighwayInTheSeed() throws IOException {
		Path seed = seed();
		var codes = Entities.find(Files.readString(seed)).stream().map(EntityMention::code).toList();
		assertThat(codes).doesNotContain("m4", "m5");
	}

}
