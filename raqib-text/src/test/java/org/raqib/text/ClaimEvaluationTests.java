package org.raqib.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Claims against the hand-checked gold beside each fixture ({@code NAME.claims.gold.json}): a claim matches
 * a gold claim of the same article with the same measure and value; its source is right when both are
 * absent or one names the other (compared normalised, either containing the other). Prints precision and
 * recall of the claims and of their sources; the issue's target for sources is 0.8.
 */
class ClaimEvaluationTests {

	static final Path FIXTURES = Path.of("src", "test", "resources", "fixtures");

	record GoldClaim(String measure, long value, @Nullable String source) {
	}

	@Test
	void claimsAndTheirSourcesMeetTheTargets() throws IOException {
		int predicted = 0;
		int gold = 0;
		int matched = 0;
		int sourcesPredicted = 0;
		int sourcesGold = 0;
		int sourcesRight = 0;
		var wrong = new ArrayList<String>();
		for (Path input : inputs()) {
			Path goldFile = input.resolveSibling(base(input) + ".claims.gold.json");
			JsonNode articles = JsonMapper.builder().build().readTree(Files.readString(goldFile)).get("articles");
			List<Article> read = Articles.read(Files.readAllBytes(input), input.getFileName().toString());
			assertThat(read).as(input.toString()).hasSize(articles.size());
			for (int i = 0; i < read.size(); i++) {
				var expected = new ArrayList<GoldClaim>();
				articles.get(i).get("claims").forEach(c -> expected.add(new GoldClaim(c.get("measure").asString(),
						c.get("value").asLong(), c.get("source").isNull() ? null : c.get("source").asString())));
				gold += expected.size();
				sourcesGold += (int) expected.stream().filter(c -> c.source() != null).count();
				for (Claim claim : Claims.find(read.get(i))) {
					predicted++;
					if (claim.source() != null) {
						sourcesPredicted++;
					}
					GoldClaim match = expected.stream()
						.filter(c -> c.measure().equals(claim.measure()) && claim.value() != null
								&& c.value() == claim.value())
						.findFirst()
						.orElse(null);
					if (match == null) {
						continue;
					}
					expected.remove(match);
					matched++;
					if (match.source() != null && claim.source() != null && sameSource(match.source(), claim.source())) {
						sourcesRight++;
					}
					else if (!(match.source() == null && claim.source() == null)) {
						wrong.add(input.getFileName() + " #" + (i + 1) + " " + claim.measure() + " " + claim.value() + ": "
								+ claim.source() + " / gold " + match.source());
					}
				}
			}
		}
		double p = matched / (double) predicted;
		double r = matched / (double) gold;
		double sp = sourcesRight / (double) sourcesPredicted;
		double sr = sourcesRight / (double) sourcesGold;
		System.out.printf("claims: %d found, %d gold, %d matched: precision %.3f, recall %.3f%n", predicted, gold,
				matched, p, r);
		System.out.printf("claim sources: %d found, %d gold, %d right: precision %.3f, recall %.3f%n",
				sourcesPredicted, sourcesGold, sourcesRight, sp, sr);
		wrong.forEach(w -> System.out.println("  source differs: " + w));
		assertThat(p).isGreaterThanOrEqualTo(0.9);
		assertThat(r).isGreaterThanOrEqualTo(0.9);
		assertThat(sp).isGreaterThanOrEqualTo(0.8);
		assertThat(sr).isGreaterThanOrEqualTo(0.8);
	}

	@Test
	void everyFixtureHasClaimGold() throws IOException {
		for (Path input : inputs()) {
			assertThat(input.resolveSibling(base(input) + ".claims.gold.json")).as(input.toString()).exists();
		}
	}

	static boolean sameSource(String gold, String found) {
		String a = TextNormalizer.normalize(gold).text().strip();
		String b = TextNormalizer.normalize(found).text().strip();
		return a.contains(b) || b.contains(a);
	}

	private static List<Path> inputs() throws IOException {
		try (Stream<Path> files = Files.walk(FIXTURES)) {
			return files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".json")).sorted().toList();
		}
	}

	private static String base(Path input) {
		String name = input.getFileName().toString();
		return name.substring(0, name.lastIndexOf('.'));
	}

}
