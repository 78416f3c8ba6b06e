package org.raqib.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The inflected forms of a country's adjective. Arabic nisba adjectives ending in ي take the feminine,
 * dual, plural and accusative endings (ة ون ين ان تان تين ات and the alef of tanwin, which normalisation
 * leaves), with and without the article: {@code إسرائيلي} gives {@code الإسرائيلية}, {@code إسرائيلياً}…
 * Other Arabic adjectives (broken plurals such as {@code الروس}) are taken as written. English adjectives add
 * a plural {@code s} ({@code Israelis}).
 */
final class EntityAdjectives {

	private static final List<String> NISBA_ENDINGS = List.of("", "ة", "ون", "ين", "ان", "تان", "تين", "ات", "ا");

	private EntityAdjectives() {
	}

	static List<String> forms(String adjective) {
		var forms = new LinkedHashSet<String>();
		if (!EntityTokens.isArabic(adjective)) {
			forms.add(adjective);
			forms.add(adjective + "s");
			return new ArrayList<>(forms);
		}
		String stem = adjective.startsWith("ال") ? adjective.substring(2) : adjective;
		List<String> endings = stem.endsWith("ي") ? NISBA_ENDINGS : List.of("");
		for (String ending : endings) {
			forms.add(stem + ending);
			forms.add("ال" + stem + ending);
		}
		return new ArrayList<>(forms);
	}

}
