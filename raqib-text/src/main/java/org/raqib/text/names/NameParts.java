package org.raqib.text.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.raqib.text.TextNormalizer;

/**
 * A written name split into its parts in order (given, father, grandfather…, family): "FAMILY, Given"
 * put back in order; Arabic letters folded (hamza and alef forms, ta marbuta, alef maqsura, harakat,
 * tatweel); articles (ال, al-, el-, ash-, אל-) and connectors (bin, ibn, بن, בן) dropped; compounds joined
 * whether written with a space or not (عبد الله/عبدالله, Abd al-Rahman/Abdulrahman/Abdurrahman, Abu
 * Shamala, Nasrallah, Nour el-Din/Nureddin), so that each compound is one part.
 */
final class NameParts {

	/** The parts in order, normalised, and whether the name was written family first with a comma. */
	record Split(List<String> parts, boolean swapped) {
	}

	private static final Set<String> LATIN_ARTICLES = Set.of("al", "el", "ul", "il");

	private static final Set<String> SUN_ARTICLES = Set.of("as", "ash", "ad", "an", "ar", "at", "az", "ath", "adh", "es",
			"ed", "en", "er", "et", "ez", "ud", "un", "ur", "us", "ut", "uz");

	private static final Set<String> CONNECTORS = Set.of("bin", "ibn", "bint", "ben", "bn", "بن", "ابن", "بنت", "בן",
			"בת", "אבן");

	private static final Set<String> ABD = Set.of("abd", "abdul", "abdel", "abdal", "abdol", "abdoul", "abed", "abdu",
			"abdou", "abdi", "abdil", "عبد", "עבד", "עבדל", "עבדאל");

	private static final Set<String> ABU = Set.of("abu", "abou", "abo", "ابو", "אבו");

	private static final Pattern LATIN_ABD = Pattern.compile("abd(?:ou|u|e|a|o|i)?l(.{2,})");

	private static final Pattern LATIN_ABD_SUN = Pattern.compile("abd(?:u|e|a|ou)([rsnzdt])\\1(.{2,})");

	private static final Pattern ALLAH = Pattern.compile("(?:a|u|e|i)?l?lah?");

	private static final Pattern LATIN_DIN = Pattern.compile("(.{3,}?)(?:[aeiu][dl])?d(?:in|een|ine)");

	private static final Pattern SPACES = Pattern.compile("[\\s,،]+");

	private static final Pattern HYPHENS = Pattern.compile("[-‐‑־_.]+");

	private static final Pattern NOT_ARABIC = Pattern.compile("[^\\p{IsArabic}]|[\\u0660-\\u066D\\u060C]");

	private static final Pattern GERESH = Pattern.compile("[׳’`]");

	private static final Pattern NOT_HEBREW = Pattern.compile("[^\\p{IsHebrew}']|[\\u0591-\\u05C7]");

	private NameParts() {
	}

	static Split split(String name) {
		String ordered = name;
		boolean swapped = false;
		int comma = firstComma(name);
		if (comma > 0 && comma < name.length() - 1 && !name.substring(comma + 1).isBlank()) {
			ordered = name.substring(comma + 1) + " " + name.substring(0, comma);
			swapped = true;
		}
		List<String> words = words(ordered);
		return new Split(join(words), swapped);
	}

	private static int firstComma(String name) {
		int latin = name.indexOf(',');
		int arabic = name.indexOf('،');
		return latin < 0 ? arabic : arabic < 0 ? latin : Math.min(latin, arabic);
	}

	/** The normalised words, with articles and connectors dropped. */
	private static List<String> words(String name) {
		var words = new ArrayList<String>();
		for (String spaced : SPACES.split(name.strip())) {
			String[] hyphened = HYPHENS.split(spaced);
			for (int i = 0; i < hyphened.length; i++) {
				String word = normal(hyphened[i]);
				if (word.isEmpty() || (i < hyphened.length - 1 && isArticle(word, true))) {
					continue;
				}
				if (hyphened.length == 1 && isArticle(word, false)) {
					continue;
				}
				words.add(stripArabicArticle(word));
			}
		}
		for (int i = words.size() - 1; i > 0; i--) {
			if (CONNECTORS.contains(words.get(i)) && words.size() > 2) {
				words.remove(i);
			}
		}
		return words;
	}

	private static boolean isArticle(String word, boolean hyphened) {
		return LATIN_ARTICLES.contains(word) || word.equals("ال") || word.equals("אל") || word.equals("א")
				|| (hyphened && SUN_ARTICLES.contains(word));
	}

	private static String stripArabicArticle(String word) {
		if (word.length() >= 4 && word.startsWith("ال") && !word.equals("الله")) {
			return word.substring(2);
		}
		return word;
	}

	/** Joins compounds into one part each. */
	private static List<String> join(List<String> words) {
		var parts = new ArrayList<String>();
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			boolean hasNext = i + 1 < words.size();
			if (hasNext && ABD.contains(word)) {
				parts.add(abd(prefixOf(word, "abd", "عبد", "עבד") + words.get(++i)));
			}
			else if (hasNext && ABU.contains(word)) {
				parts.add(prefixOf(word, "abu", "ابو", "אבו") + words.get(++i));
			}
			else if (!parts.isEmpty() && isGodOrFaith(word)) {
				int last = parts.size() - 1;
				parts.set(last, parts.get(last) + suffixOf(word));
			}
			else {
				parts.add(abd(word));
			}
		}
		return parts;
	}

	private static String prefixOf(String word, String latin, String arabic, String hebrew) {
		switch (NameScript.of(word)) {
			case ARABIC:
				return arabic;
			case HEBREW:
				return hebrew;
			default:
				return latin;
		}
	}

	/** الله and الدين after a name (نصر الله, Nour el-Din) belong to it. */
	private static boolean isGodOrFaith(String word) {
		return word.equals("الله") || word.equals("دين") || word.equals("allah") || word.equals("din")
				|| word.equals("deen") || word.equals("eddin") || word.equals("uddin") || word.equals("אללה")
				|| word.equals("דין");
	}

	private static String suffixOf(String word) {
		if (word.equals("deen") || word.equals("eddin") || word.equals("uddin")) {
			return "din";
		}
		return word.equals("الله") ? "الله" : word;
	}

	/** One spelling for the compounds of عبد and "-uddin": abdul-rahman, abdelrahman, abdurrahman → abdrahman. */
	private static String abd(String word) {
		if (word.startsWith("عبدال") && word.length() > 5 && !word.equals("عبدالله")) {
			return "عبد" + word.substring(5);
		}
		if (word.startsWith("עבדאל") && word.length() > 5) {
			String rest = word.substring(5);
			return rest.equals("לה") || rest.equals("ה") ? "עבדאללה" : "עבד" + rest;
		}
		if (word.startsWith("abd") && word.length() > 4) {
			Matcher sun = LATIN_ABD_SUN.matcher(word);
			if (sun.matches()) {
				return "abd" + sun.group(1) + sun.group(2);
			}
			Matcher m = LATIN_ABD.matcher(word);
			String rest = m.matches() ? m.group(1) : word.substring(3);
			return "abd" + (ALLAH.matcher(rest).matches() || rest.equals("allah") ? "allah" : rest);
		}
		Matcher din = LATIN_DIN.matcher(word);
		if (NameScript.of(word) == NameScript.LATIN && din.matches()) {
			return din.group(1) + "din";
		}
		return word;
	}

	/** Arabic folded as {@link TextNormalizer} folds it; Hebrew with its geresh; Latin as lower-case letters. */
	static String normal(String word) {
		switch (NameScript.of(word)) {
			case ARABIC:
				return NOT_ARABIC.matcher(TextNormalizer.normalize(word).text()).replaceAll("");
			case HEBREW:
				return NOT_HEBREW.matcher(GERESH.matcher(word).replaceAll("'")).replaceAll("");
			default:
				return NameSounds.sound(word);
		}
	}

}
