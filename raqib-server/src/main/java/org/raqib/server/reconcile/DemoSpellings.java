package org.raqib.server.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.raqib.server.person.PersonData;

/**
 * The demo's intermediary writing a party's list again, as it spells names: every seventh person left out,
 * the others in Latin script with other spellings of the given name and the article (Mohammed → Muhammad,
 * al- → el-), without the grandfather, as "FAMILY, Given Father", in Arabic with the hamza dropped and
 * عبد written apart, or with the given and family names only and nothing else (those only a person can
 * confirm); and a few persons the party's list does not have. Deterministic: no randomness.
 */
final class DemoSpellings {

	static final Map<String, String> OTHER_SPELLING = Map.ofEntries(Map.entry("Mohammed", "Muhammad"),
			Map.entry("Ahmad", "Ahmed"), Map.entry("Mahmoud", "Mahmud"), Map.entry("Khaled", "Khalid"),
			Map.entry("Yousef", "Youssef"), Map.entry("Omar", "Umar"), Map.entry("Hassan", "Hasan"),
			Map.entry("Hussein", "Husain"), Map.entry("Ibrahim", "Ebrahim"), Map.entry("Tareq", "Tariq"),
			Map.entry("Walid", "Waleed"), Map.entry("Nabil", "Nabeel"), Map.entry("Ziad", "Ziyad"),
			Map.entry("Basel", "Bassel"), Map.entry("Imad", "Emad"), Map.entry("Salim", "Saleem"),
			Map.entry("Karim", "Kareem"), Map.entry("Jamal", "Gamal"), Map.entry("Saleh", "Salih"), Map.entry("Adel", "Adil"),
			Map.entry("Hani", "Hany"), Map.entry("Yasser", "Yasir"), Map.entry("Murad", "Mourad"),
			Map.entry("Abdallah", "Abdullah"), Map.entry("Abdelrahman", "Abd al-Rahman"), Map.entry("Fatima", "Fatma"),
			Map.entry("Maryam", "Mariam"), Map.entry("Layla", "Leila"), Map.entry("Nour", "Noor"), Map.entry("Huda", "Hoda"),
			Map.entry("Yosef", "Yossef"), Map.entry("Yonatan", "Jonathan"), Map.entry("Noa", "Noah"),
			Map.entry("Eitan", "Eytan"), Map.entry("Michal", "Mikhal"));

	static final List<String> EXTRAS = List.of("Ayman Fouad Dahlan", "Suleiman Ashraf al-Kurd", "Ghassan Naim al-Shakaa");

	private DemoSpellings() {
	}

	static List<PersonData> asTheIntermediaryWrites(List<PersonData> list) {
		var written = new ArrayList<PersonData>();
		for (int i = 0; i < list.size(); i++) {
			if (i % 7 != 3) {
				written.add(rewritten(list.get(i), i));
			}
		}
		int extras = Math.max(1, Math.min(EXTRAS.size(), list.size() / 30));
		for (int i = 0; i < extras; i++) {
			written.add(new PersonData(null, EXTRAS.get(i), null, null, null, 1970 + i, null));
		}
		return written;
	}

	private static PersonData rewritten(PersonData d, int i) {
		List<String> parts = d.nameLatin() == null ? List.of() : List.of(d.nameLatin().split(" "));
		if (parts.size() < 2) {
			return new PersonData(d.nameAr(), d.nameLatin(), d.nameHe(), d.idNumber(), null, year(d), null);
		}
		String given = parts.get(0);
		String family = String.join(" ", parts.subList(familyStart(parts), parts.size()));
		List<String> middle = parts.subList(1, familyStart(parts));
		switch (i % 5) {
			case 0:
				return latin(respelled(given) + " " + join(middle) + family.replace("al-", "el-"), d.idNumber(), year(d));
			case 1:
				return latin(given + " " + join(middle.isEmpty() ? middle : middle.subList(0, 1)) + family, null, year(d));
			case 2:
				return latin(family.toUpperCase(Locale.ROOT) + ", " + given + (middle.isEmpty() ? "" : " " + middle.get(0)),
						null, year(d));
			case 3:
				return d.nameAr() == null ? latin(d.nameLatin(), d.idNumber(), year(d))
						: new PersonData(d.nameAr().replace('أ', 'ا').replace('إ', 'ا').replace("عبد ال", "عبدال"), null, null,
								d.idNumber(), null, year(d), null);
			default:
				return latin(given + " " + family, null, null);
		}
	}

	/** Where the family name starts: the last part, or the last two for Abu Shamala. */
	private static int familyStart(List<String> parts) {
		int last = parts.size() - 1;
		return last >= 2 && parts.get(last - 1).equals("Abu") ? last - 1 : last;
	}

	private static String respelled(String given) {
		return OTHER_SPELLING.getOrDefault(given, given);
	}

	private static String join(List<String> parts) {
		return parts.isEmpty() ? "" : String.join(" ", parts.stream().map(DemoSpellings::respelled).toList()) + " ";
	}

	private static PersonData latin(@Nullable String name, @Nullable String id, @Nullable Integer year) {
		return new PersonData(null, name, null, id, null, year, null);
	}

	private static @Nullable Integer year(PersonData d) {
		return d.birthYear() != null ? d.birthYear() : d.dateOfBirth() == null ? null : d.dateOfBirth().getYear();
	}

}
