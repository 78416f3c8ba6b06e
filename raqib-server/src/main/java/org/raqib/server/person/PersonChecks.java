package org.raqib.server.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.raqib.server.system.InvalidInput;
import org.raqib.server.system.InvalidInput.FieldProblem;

/**
 * What makes a person's data usable: a name in some script, texts of at most 200 characters without
 * control characters, an ID number of letters, digits and separators, and a birth year that agrees with
 * the date of birth. Problems name the field ({@code persons[i].nameAr}), never the value.
 */
final class PersonChecks {

	static final int MAX_LENGTH = 200;

	static final Pattern ID_NUMBER = Pattern.compile("[\\p{L}\\p{Nd}][\\p{L}\\p{Nd} ./-]{0,39}");

	private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\u2028\\u2029]");

	private PersonChecks() {
	}

	static void check(PersonList list, List<PersonData> persons, LocalDate today) {
		var problems = new ArrayList<FieldProblem>();
		identifier(problems, "list.log", list.log(), 100);
		identifier(problems, "list.listId", list.listId(), 100);
		identifier(problems, "list.party", list.party(), 40);
		for (int i = 0; i < persons.size(); i++) {
			check(problems, "persons[" + i + "].", persons.get(i), today);
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
	}

	private static void check(List<FieldProblem> problems, String prefix, PersonData p, LocalDate today) {
		text(problems, prefix + "nameAr", p.nameAr());
		text(problems, prefix + "nameLatin", p.nameLatin());
		text(problems, prefix + "nameHe", p.nameHe());
		text(problems, prefix + "place", p.place());
		if (blank(p.nameAr()) && blank(p.nameLatin()) && blank(p.nameHe())) {
			problems.add(new FieldProblem(prefix + "nameAr", "person.name.missing", List.of()));
		}
		if (!blank(p.idNumber()) && !ID_NUMBER.matcher(p.idNumber().strip()).matches()) {
			problems.add(new FieldProblem(prefix + "idNumber", "person.id-number.format", List.of()));
		}
		if (p.dateOfBirth() != null && p.dateOfBirth().isAfter(today)) {
			problems.add(new FieldProblem(prefix + "dateOfBirth", "person.date-of-birth.future", List.of()));
		}
		if (p.birthYear() != null && (p.birthYear() < 1900 || p.birthYear() > today.getYear())) {
			problems.add(new FieldProblem(prefix + "birthYear", "person.birth-year.range", List.of(today.getYear())));
		}
		else if (p.birthYear() != null && p.dateOfBirth() != null && p.birthYear() != p.dateOfBirth().getYear()) {
			problems.add(new FieldProblem(prefix + "birthYear", "person.birth-year.contradicts", List.of()));
		}
	}

	private static void text(List<FieldProblem> problems, String field, @Nullable String value) {
		if (value == null) {
			return;
		}
		if (value.length() > MAX_LENGTH) {
			problems.add(new FieldProblem(field, "person.text.too-long", List.of(MAX_LENGTH)));
		}
		else if (CONTROL.matcher(value).find()) {
			problems.add(new FieldProblem(field, "person.text.control", List.of()));
		}
	}

	private static void identifier(List<FieldProblem> problems, String field, String value, int max) {
		if (value.isBlank() || value.length() > max || CONTROL.matcher(value).find()) {
			problems.add(new FieldProblem(field, "person.list.identifier", List.of(max)));
		}
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

}
