package org.raqib.text;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the agency credit that ends a photo caption, such as {@code (أ.ف.ب)} or {@code (Reuters)}. Only known
 * agencies count: a line ending in any parenthesis, such as an organisation's acronym {@code (ناتو)}, is not a
 * caption. Spellings vary by site ({@code أ.ف.ب}, {@code أ ف ب}, {@code ا.ف.ب}), so names are compared after
 * dropping dots, spaces, hyphens, tatweel and case, and with the hamza forms of alef read as bare alef. Joint
 * credits ({@code (AFP/Getty Images)}) count when every part is known.
 */
final class Credits {

	/** Agencies and the photo credits of organisations, by {@link #key}: one list for every layout. */
	private static final Set<String> AGENCIES = Set.of("افب", "رويترز", "اب", "ابا", "دبا", "الاناضول", "شينخوا",
			"غيتي", "وفا", "اسوشيتدبرس", "الاونروا", "الصليبالاحمر", "afp", "reuters", "ap", "epa", "epaefe", "efe",
			"dpa", "upi", "xinhua", "anadolu", "getty", "gettyimages", "afpviagettyimages", "apphoto", "wafa",
			"unrwa", "ocha", "icrc", "wfp", "unicef");

	/** Longer parentheses are prose, not a credit; this keeps the search for the opening one short. */
	private static final int LONGEST = 40;

	private Credits() {
	}

	/** The credit that ends the line, as written, parentheses included. */
	static Optional<String> endingOf(String line) {
		if (!line.endsWith(")")) {
			return Optional.empty();
		}
		int open = line.lastIndexOf('(');
		if (open < 0 || line.length() - open > LONGEST) {
			return Optional.empty();
		}
		String inside = line.substring(open + 1, line.length() - 1);
		for (String part : inside.split("[/،,]", -1)) {
			if (!AGENCIES.contains(key(part))) {
				return Optional.empty();
			}
		}
		return Optional.of(line.substring(open));
	}

	static String key(String name) {
		StringBuilder key = new StringBuilder();
		for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
			if (c == 'أ' || c == 'إ' || c == 'آ') {
				key.append('ا');
			}
			else if (Character.isLetterOrDigit(c)) {
				key.append(c);
			}
		}
		return key.toString();
	}

}
