package org.raqib.text.names;

/** Jaro-Winkler similarity (Winkler 1990): 1 for equal strings, more weight on a shared beginning. */
final class JaroWinkler {

	private JaroWinkler() {
	}

	static double similarity(String a, String b) {
		if (a.equals(b)) {
			return 1;
		}
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		int window = Math.max(0, Math.max(a.length(), b.length()) / 2 - 1);
		boolean[] aUsed = new boolean[a.length()];
		boolean[] bUsed = new boolean[b.length()];
		int matches = 0;
		for (int i = 0; i < a.length(); i++) {
			int from = Math.max(0, i - window);
			int to = Math.min(b.length() - 1, i + window);
			for (int j = from; j <= to; j++) {
				if (!bUsed[j] && a.charAt(i) == b.charAt(j)) {
					aUsed[i] = true;
					bUsed[j] = true;
					matches++;
					break;
				}
			}
		}
		if (matches == 0) {
			return 0;
		}
		int transpositions = 0;
		for (int i = 0, j = 0; i < a.length(); i++) {
			if (aUsed[i]) {
				while (!bUsed[j]) {
					j++;
				}
				if (a.charAt(i) != b.charAt(j)) {
					transpositions++;
				}
				j++;
			}
		}
		double m = matches;
		double jaro = (m / a.length() + m / b.length() + (m - transpositions / 2.0) / m) / 3;
		int prefix = 0;
		while (prefix < Math.min(4, Math.min(a.length(), b.length())) && a.charAt(prefix) == b.charAt(prefix)) {
			prefix++;
		}
		return jaro + prefix * 0.1 * (1 - jaro);
	}

}
