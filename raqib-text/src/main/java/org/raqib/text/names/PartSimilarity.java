package org.raqib.text.names;

import java.util.Set;

/**
 * How alike two name parts are, from 0 to 1. Parts the alias table knows are the same name (1) or two
 * names (0, a look-alike when they sound alike); other parts compare by sound: within one script the
 * vowels count too (Hassan/Hussein), across scripts only the consonant skeleton does; both by an edit
 * distance in which letters transliterations confuse (k/g, t/d, h/k) cost half.
 */
final class PartSimilarity {

	/** The similarity, whether only the alias table made it, and whether two different names sound alike. */
	record Scored(double score, boolean variant, boolean lookAlike) {
	}

	private static final Set<String> CONFUSED = Set.of("kg", "gk", "td", "dt", "hk", "kh", "st", "ts", "ds", "sd",
			"bf", "fb");

	private PartSimilarity() {
	}

	static Scored of(NamePart a, NamePart b) {
		if (a.alias() != NameAliases.UNKNOWN && b.alias() != NameAliases.UNKNOWN) {
			if (a.alias() == b.alias()) {
				return new Scored(1, !a.text().equals(b.text()) && a.script() == b.script(), false);
			}
			return new Scored(0, false, skeletal(a.skeleton(), b.skeleton()) >= 0.66);
		}
		if (a.text().equals(b.text())) {
			return new Scored(1, false, false);
		}
		double skeleton = a.skeleton().equals(b.skeleton()) ? 1 : bestReading(a, b);
		if (a.script() == b.script()) {
			return new Scored(0.4 * skeleton + 0.6 * skeletal(a.vowelled(), b.vowelled()), false, false);
		}
		return new Scored(0.97 * skeleton, false, false);
	}

	private static double bestReading(NamePart a, NamePart b) {
		double best = 0;
		for (String x : a.readings()) {
			for (String y : b.readings()) {
				best = Math.max(best, skeletal(x, y));
			}
		}
		return best;
	}

	/** 1 less the edit distance over the longer string's length, confused letters costing half. */
	static double skeletal(String a, String b) {
		if (a.equals(b)) {
			return 1;
		}
		int longer = Math.max(a.length(), b.length());
		if (longer == 0) {
			return 1;
		}
		double[] previous = new double[b.length() + 1];
		double[] current = new double[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				char x = a.charAt(i - 1);
				char y = b.charAt(j - 1);
				double swap = x == y ? 0 : CONFUSED.contains("" + x + y) ? 0.5 : 1;
				current[j] = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + swap);
			}
			double[] t = previous;
			previous = current;
			current = t;
		}
		return Math.max(0, 1 - previous[b.length()] / longer);
	}

}
