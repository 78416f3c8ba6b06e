package org.raqib.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Quantities against every {@code NAME.quantities.gold.json}: gold surfaces are placed in the article text in
 * order, a prediction matches the gold quantity its span overlaps, and is correct when value, upper, bound and
 * measure are all equal. Prints precision and recall for spans, for each field, and for all together.
 */
class QuantityEvaluationTests {

	@Test
	void precisionAndRecallAreAtLeastNinetyPercent() throws IOException {
		int gold = 0;
		int predicted = 0;
		int[] correct = new int[5];
		List<Path> files;
		try (Stream<Path> walk = Files.walk(FixtureTests.FIXTURES)) {
			files = walk.filter(f -> f.getFileName().toString().endsWith(".quantities.gold.json")).sorted().toList();
		}
		for (Path file : files) {
			Path input = input(file);
			List<Article> articles = Articles.read(Files.readAllBytes(input), input.getFileName().toString());
			JsonNode expected = FixtureTests.JSON.readTree(Files.readString(file)).get("articles");
			assertThat(articles).as(file.toString()).hasSize(expected.size());
			for (int a = 0; a < articles.size(); a++) {
				String text = articles.get(a).title() + "\n" + articles.get(a).body();
				List<Quantity> found = Quantities.find(text, articles.get(a).language());
				predicted += found.size();
				JsonNode quantities = expected.get(a).get("quantities");
				gold += quantities.size();
				int from = 0;
				for (JsonNode q : quantities) {
					String surface = q.get("surface").asString();
					int start = text.indexOf(surface, from);
					assertThat(start).as(file + " article " + (a + 1) + ": " + surface).isGreaterThanOrEqualTo(0);
					from = start + 1;
					Quantity p = overlapping(found, start, start + surface.length());
					if (p != null) {
						score(correct, p, q);
					}
				}
			}
		}
		String[] rows = { "span", "value", "bound", "measure", "value+upper+bound+measure" };
		System.out.printf("%-28s %9s %9s%n", "quantities (" + gold + " gold, " + predicted + " found)", "P", "R");
		for (int r = 0; r < rows.length; r++) {
			System.out.printf("%-28s %9.3f %9.3f%n", rows[r], correct[r] / (double) predicted, correct[r] / (double) gold);
		}
		assertThat(gold).isGreaterThanOrEqualTo(150);
		assertThat(correct[4] / (double) predicted).isGreaterThanOrEqualTo(0.9);
		assertThat(correct[4] / (double) gold).isGreaterThanOrEqualTo(0.9);
	}

	private static void score(int[] correct, Quantity p, JsonNode q) {
		boolean value = Objects.equals(p.value(), number(q, "value"));
		boolean upper = Objects.equals(p.upper(), number(q, "upper"));
		boolean bound = p.bound().name().equals(q.get("bound").asString());
		JsonNode m = q.get("measure");
		boolean measure = Objects.equals(p.measure(), m == null || m.isNull() ? null : m.asString());
		correct[0]++;
		correct[1] += value ? 1 : 0;
		correct[2] += bound ? 1 : 0;
		correct[3] += measure ? 1 : 0;
		correct[4] += value && upper && bound && measure ? 1 : 0;
	}

	private static Quantity overlapping(List<Quantity> found, int start, int end) {
		for (Quantity p : found) {
			if (p.start() < end && start < p.end()) {
				return p;
			}
		}
		return null;
	}

	private static Long number(JsonNode q, String field) {
		JsonNode n = q.get(field);
		return n == null || n.isNull() ? null : n.asLong();
	}

	private static Path input(Path gold) throws IOException {
		String name = gold.getFileName().toString().replace(".quantities.gold.json", ".");
		try (Stream<Path> siblings = Files.list(gold.getParent())) {
			return siblings.filter(f -> f.getFileName().toString().startsWith(name)
					&& !f.getFileName().toString().endsWith(".gold.json")).findFirst().orElseThrow();
		}
	}

	@Test
	void everyFixtureHasQuantityGold() throws IOException {
		var missing = new ArrayList<Path>();
		for (Path input : FixtureTests.inputs().toList()) {
			String name = input.getFileName().toString();
			if (!Files.exists(input.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".quantities.gold.json"))) {
				missing.add(input);
			}
		}
		assertThat(missing).isEmpty();
	}

}
