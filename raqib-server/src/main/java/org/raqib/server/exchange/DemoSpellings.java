package org.raqib.server.exchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.raqib.server.person.PersonData;

/**
 * The demo's second writing of a list: the same persons as the receiving side writes them, for the review
 * screen of the reconciliation to have matched, probable and unmatched rows. Every fifth person is left out;
 * the others come in Latin script with another spelling of the given name, in Hebrew script only, as
 * "FAMILY, Given", or with a middle name the first list leaves out (and no ID number, so only a person can
 * confirm them); one person the first list does not have is added. Deterministic: no randomness but the
 * seeded {@link DemoPeople} that invents the added person.
 */
final class DemoSpellings {

	private static final Map<String, String> OTHER_SPELLING = Map.ofEntries(Map.entry("Yosef", "Yossef"),
			Map.entry("David", "Dawid"), Map.entry("Moshe", "Mosheh"), Map.entry("Yonatan", "Jonathan"),
			Map.entry("Daniel", "Daniyel"), Map.entry("Michal", "Mikhal"), Map.entry("Rivka", "Rivkah"),
			Map.entry("Avi", "Avie"), Map.entry("Eitan", "Eytan"), Map.entry("Noa", "Noah"), Map.entry("Shira", "Shirah"),
			Map.entry("Yael", "Yaël"), Map.entry("Tamar", "Tammar"), Map.entry("Maya", "Maiya"), Map.entry("Ariel", "Ariyel"),
			Map.entry("Ilan", "Ilane"));

	private static final List<String> MIDDLE_NAMES = List.of("Ruth", "Meir", "Chaim", "Esther");

	private DemoSpellings() {
	}

	static List<ListedPerson> asWrittenBy(List<ListedPerson> first, DemoPeople people, LocalDate on) {
		var second = new ArrayList<ListedPerson>();
		for (int i = 0; i < first.size(); i++) {
			if (i % 5 == 1) {
				continue;
			}
			ListedPerson person = first.get(i);
			second.add(new ListedPerson(rewritten(person.data(), i), person.categories(), person.forCategory(),
					person.destination()));
		}
		ListedPerson model = first.get(0);
		second.add(new ListedPerson(people.heldInGaza(people.age(20, 80), on), model.categories(), model.forCategory(),
				model.destination()));
		return second;
	}

	private static PersonData rewritten(PersonData d, int i) {
		String latin = d.nameLatin() == null ? "" : d.nameLatin();
		String[] parts = latin.split(" ", 2);
		String given = parts[0];
		String family = parts.length > 1 ? parts[1] : "";
		switch (i % 4) {
			case 0:
				return new PersonData(null, OTHER_SPELLING.getOrDefault(given, given) + " " + family, null, d.idNumber(),
						null, year(d), null);
			case 1:
				return new PersonData(null, null, d.nameHe(), d.idNumber(), d.dateOfBirth(), d.birthYear(), null);
			case 2:
				return new PersonData(null, family.toUpperCase(Locale.ROOT) + ", " + given, null, null, null, year(d), null);
			default:
				return new PersonData(null, given + " " + MIDDLE_NAMES.get(i % MIDDLE_NAMES.size()) + " " + family, null,
						null, null, null, null);
		}
	}

	private static Integer year(PersonData d) {
		return d.birthYear() != null ? d.birthYear() : d.dateOfBirth() == null ? null : d.dateOfBirth().getYear();
	}

}
