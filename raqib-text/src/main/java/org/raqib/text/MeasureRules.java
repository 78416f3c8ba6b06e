package org.raqib.text;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.raqib.text.QuantityTokens.Token;

/**
 * What the words around a count change in the measure its noun gives. In the order applied:
 * <ol>
 * <li>a kill verb just before the number (قُتل أكثر من…, killed) or a kill word just after the noun makes the
 * people counted {@code killed};</li>
 * <li>a nationality after the noun (محتجزاً إسرائيلياً, معتقلاً فلسطينياً) tells who is released;</li>
 * <li>held persons taken to Ramallah or the West Bank are prisoners released;</li>
 * <li>a noun that counts only in a release (فلسطينياً) without a release word in its sentence counts nothing;</li>
 * <li>trucks sent back (أعيدت, turned back) are {@code trucks-rejected}; trucks carrying fuel (حملت وقوداً) are
 * {@code fuel-trucks}, but not fuel as one item in a list (والوقود);</li>
 * <li>the wounded taken for treatment, across a crossing or with companions are {@code patients}.</li>
 * </ol>
 */
final class MeasureRules {

	private static final List<String> KILL = List.of("قتل", "وقتل", "استشهد", "واستشهد", "قتلوا", "استشهدوا",
			"killed", "died");

	private static final List<String> INJURE = List.of("اصيب", "واصيب", "جرح", "وجرح", "اصيبوا", "injured",
			"wounded");

	private static final List<String> RELEASE = List.of("سراح", "الافراج", "افراج", "مقابل", "تبادل", "يفرج",
			"released", "release", "freed", "exchange", "swap");

	private static final List<String> WEST_BANK = List.of("رام الله", "الضفه", "ramallah", "west bank");

	private static final List<String> SENT_BACK = List.of("اعيدت", "ارجعت", "رفضت", "ردت", "اعيد", "رفض", "ارجاع",
			"turned", "rejected", "refused", "returned");

	private static final List<String> FUEL = List.of("وقود", "وقودا", "بالوقود", "fuel", "diesel");

	private static final List<String> TREATMENT = List.of("علاج", "للعلاج", "العلاج", "لتلقي", "اجلاء", "مرافق",
			"مرافقيهم", "ومرافقيهم", "evacuation", "evacuations", "evacuated", "treatment", "companions");

	private MeasureRules() {
	}

	/**
	 * @param before index of the first token of the quantity, bound words included.
	 * @param after index of the first token after the counted noun.
	 * @param sentence the normalised sentence the quantity stands in.
	 */
	static @Nullable String refine(Measures.@Nullable Match noun, List<Token> tokens, int before, int after,
			String sentence) {
		String measure = noun == null ? null : noun.entry().measure();
		boolean people = measure == null || measure.endsWith("-released") || measure.equals("returnees");
		if (people && (any(tokens, before - 2, before, KILL) || any(tokens, after, after + 3, KILL))) {
			return "killed";
		}
		if (people && (any(tokens, before - 2, before, INJURE) || any(tokens, after, after + 3, INJURE))) {
			return "injured";
		}
		if (measure == null) {
			return null;
		}
		if (measure.endsWith("-released")) {
			String next = QuantityExclusions.word(tokens, after);
			measure = next.startsWith("اسرائيلي") ? "held-persons-released"
					: next.startsWith("فلسطيني") ? "prisoners-released" : measure;
			if (measure.equals("held-persons-released") && WEST_BANK.stream().anyMatch(sentence::contains)) {
				measure = "prisoners-released";
			}
			if (noun.entry().release() && RELEASE.stream().noneMatch(sentence::contains)) {
				return null;
			}
		}
		if (measure.equals("aid-trucks") && (any(tokens, after, after + 3, SENT_BACK)
				|| any(tokens, before - 1, before, SENT_BACK))) {
			return "trucks-rejected";
		}
		if (measure.equals("aid-trucks") && any(tokens, after, after + 5, FUEL)) {
			return "fuel-trucks";
		}
		if (measure.equals("injured") && any(tokens, after, after + 8, TREATMENT)) {
			return "patients";
		}
		return measure;
	}

	private static boolean any(List<Token> tokens, int from, int to, List<String> words) {
		for (int k = Math.max(0, from); k < Math.min(to, tokens.size()); k++) {
			Token t = tokens.get(k);
			if (t.kind() == QuantityTokens.Kind.DIGITS || t.is(",", "،", ";", "؛")) {
				return false;
			}
			String w = t.text();
			if (words.contains(w) || (w.length() > 3 && w.charAt(0) == 'و' && words.contains(w.substring(1)))) {
				return true;
			}
		}
		return false;
	}

}
