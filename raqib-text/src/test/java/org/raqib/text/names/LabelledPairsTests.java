package org.raqib.text.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The hand-labelled pairs ({@code labelled-pairs.tsv}): a pair the matcher calls matched or probable is
 * put forward as one person. Prints precision, recall and F1 and each pair it got wrong; F1 must reach 0.95.
 */
class LabelledPairsTests {

	record Labelled(boolean same, NameRecord left, NameRecord right, String line) {
	}

	@Test
	void reachesTheF1Target() throws IOException {
		List<Labelled> pairs = read();
		var matcher = new NameMatcher();
		int tp = 0;
		int fp = 0;
		int fn = 0;
		int tn = 0;
		int matchedRight = 0;
		for (Labelled pair : pairs) {
			NameMatch match = matcher.compare(pair.left(), pair.right());
			boolean proposed = match.verdict() != Verdict.UNMATCHED;
			if (proposed && pair.same()) {
				tp++;
				matchedRight += match.verdict() == Verdict.MATCHED ? 1 : 0;
			}
			else if (proposed) {
				fp++;
			}
			else if (pair.same()) {
				fn++;
			}
			else {
				tn++;
			}
			if (proposed != pair.same()) {
				System.out.printf("wrong: %s -> %s %.2f %s%n", pair.line(), match.verdict(), match.score(), match.reasons());
			}
		}
		double precision = tp / (double) (tp + fp);
		double recall = tp / (double) (tp + fn);
		double f1 = 2 * precision * recall / (precision + recall);
		System.out.printf("labelled pairs: %d (%d same, %d different); tp %d fp %d fn %d tn %d; "
				+ "precision %.3f recall %.3f F1 %.3f; same pairs matched outright %d of %d%n", pairs.size(), tp + fn,
				fp + tn, tp, fp, fn, tn, precision, recall, f1, matchedRight, tp + fn);
		assertThat(pairs).hasSizeGreaterThanOrEqualTo(300);
		assertThat(f1).isGreaterThanOrEqualTo(0.95);
	}

	static List<Labelled> read() throws IOException {
		try (InputStream in = LabelledPairsTests.class.getResourceAsStream("labelled-pairs.tsv")) {
			var pairs = new ArrayList<Labelled>();
			int n = 0;
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				n++;
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] c = Arrays.copyOf(line.split("\t", -1), 7);
				pairs.add(new Labelled(c[0].equals("same"),
						new NameRecord("l" + n, List.of(c[1]), blank(c[3]), year(c[5])),
						new NameRecord("r" + n, List.of(c[2]), blank(c[4]), year(c[6])), line.replace('\t', '|')));
			}
			return pairs;
		}
	}

	private static @Nullable String blank(@Nullable String cell) {
		return cell == null || cell.isBlank() ? null : cell.strip();
	}

	private static @Nullable Integer year(@Nullable String cell) {
		return blank(cell) == null ? null : Integer.valueOf(cell.strip());
	}

}
