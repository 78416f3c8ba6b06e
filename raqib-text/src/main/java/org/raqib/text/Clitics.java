package org.raqib.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The readings of a normalised Arabic word with its proclitics taken off: a conjunction و or ف, then a
 * preposition ب ل ك ({@code وإدلب} → {@code ادلب}, {@code بالدوحه} → {@code الدوحه}, {@code وبغزه} →
 * {@code غزه}). The preposition ل before the article drops the article's alef: {@code للامم} reads as
 * {@code الامم}, starting at its second ل. The word as written comes first, then fewer clitics before more.
 * Nothing is taken off when less than two letters would remain.
 */
final class Clitics {

	/** A reading: {@code consumed} characters of clitics, then {@code form}. */
	record Reading(int consumed, String form) {
	}

	private static final int SHORTEST = 2;

	private Clitics() {
	}

	static List<Reading> readings(String word) {
		var readings = new ArrayList<Reading>();
		readings.add(new Reading(0, word));
		if (!EntityTokens.isArabic(word)) {
			return readings;
		}
		boolean conjunction = word.startsWith("و") || word.startsWith("ف");
		if (conjunction) {
			add(readings, 1, word.substring(1));
			prepositions(readings, 1, word.substring(1));
		}
		prepositions(readings, 0, word);
		return readings;
	}

	private static void prepositions(List<Reading> readings, int consumed, String rest) {
		if (!(rest.startsWith("ب") || rest.startsWith("ل") || rest.startsWith("ك"))) {
			return;
		}
		String noun = rest.substring(1);
		if (rest.startsWith("لل")) {
			add(readings, consumed + 1, "ا" + noun);
		}
		else {
			add(readings, consumed + 1, noun);
		}
	}

	private static void add(List<Reading> readings, int consumed, String form) {
		if (form.length() >= SHORTEST) {
			readings.add(new Reading(consumed, form));
		}
	}

}
