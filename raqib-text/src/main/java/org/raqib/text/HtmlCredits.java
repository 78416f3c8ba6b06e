package org.raqib.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Splits the agency credit that ends a figure caption, such as {@code (أ.ف.ب)} or {@code (Reuters)}, from the
 * caption text. Only a parenthesis at the very end that names an agency counts: a caption that ends in
 * {@code (2025)} or {@code (file photo)} keeps it as text.
 */
final class HtmlCredits {

	private static final Pattern TRAILING = Pattern.compile("^(.*?)[\\s\\u00A0\\-–—]*(\\(([^()]{1,40})\\))\\s*$",
			Pattern.DOTALL);

	/** Letters separated by dots, as agencies abbreviate in Arabic: أ.ف.ب, إ.ب.أ, أ.ب; or A.F.P. */
	private static final Pattern DOTTED = Pattern.compile("^(\\p{L}\\.){1,4}\\p{L}\\.?$");

	private static final Set<String> AGENCIES = Set.of("afp", "reuters", "ap", "epa", "anadolu", "getty images",
			"getty", "afp via getty images", "ap photo", "xinhua", "wafa", "unrwa", "ocha", "icrc", "wfp", "unicef",
			"رويترز", "الأناضول", "وفا", "شينخوا", "أسوشيتد برس", "غيتي", "الأونروا", "الصليب الأحمر");

	private HtmlCredits() {
	}

	/** The caption with its credit split off; the credit keeps its parentheses. */
	static Article.Caption split(String caption) {
		String text = caption.strip();
		Matcher m = TRAILING.matcher(text);
		if (!m.matches() || m.group(1).isBlank() || !isAgency(m.group(3))) {
			return new Article.Caption(text, null);
		}
		return new Article.Caption(m.group(1).strip(), m.group(2));
	}

	static boolean isAgency(String name) {
		for (String part : name.split("[/،,]")) {
			String p = part.strip().toLowerCase(Locale.ROOT);
			if (!AGENCIES.contains(p) && !DOTTED.matcher(p).matches()) {
				return false;
			}
		}
		return true;
	}

	/** A caption whose credit was marked up apart ({@code <span class="credit">}). */
	static Article.Caption of(String text, @Nullable String credit) {
		if (credit == null || credit.isBlank()) {
			return split(text);
		}
		String c = credit.strip();
		String t = text.strip();
		if (t.endsWith(c)) {
			t = t.substring(0, t.length() - c.length()).strip();
		}
		return new Article.Caption(t, c);
	}

}
