package org.raqib.server.exchange;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.raqib.server.person.PersonData;
import org.raqib.server.system.Spreadsheet;

/**
 * Turns every row of a mapped list file into a listed person, or into the problems that stop it, each
 * named by row and column; persons listed twice (the same ID number, or the same names and year of
 * birth) are named with both rows.
 */
final class ListRows {

	static final int FIRST_YEAR = 1900;

	private final Spreadsheet table;

	private final ListMapping mapping;

	private final LocalDate today;

	private final List<ListProblem> problems = new ArrayList<>();

	private final Map<String, Integer> ids = new HashMap<>();

	private final Map<String, Integer> namesAndYears = new HashMap<>();

	private ListRows(Spreadsheet table, ListMapping mapping, LocalDate today) {
		this.table = table;
		this.mapping = mapping;
		this.today = today;
	}

	static ListCheck check(Spreadsheet table, ListMapping mapping, LocalDate today) {
		mapping.check(table.headers());
		var rows = new ListRows(table, mapping, today);
		var persons = new ArrayList<ListedPerson>();
		var numbers = new ArrayList<Integer>();
		for (Spreadsheet.Row row : table.rows()) {
			int before = rows.problems.size();
			ListedPerson person = rows.person(row);
			if (rows.problems.size() == before && person != null) {
				persons.add(person);
				numbers.add(row.number());
			}
		}
		return new ListCheck(persons, numbers, rows.problems);
	}

	static String allowedCategories() {
		return Arrays.stream(Category.values()).map(Category::code).collect(Collectors.joining(", "));
	}

	private @Nullable ListedPerson person(Spreadsheet.Row row) {
		PersonData data = data(row);
		Set<Category> categories = categories(row);
		Category forCategory = forCategory(row);
		Destination destination = destination(row);
		duplicates(row, data);
		if (categories == null || destination == null) {
			return null;
		}
		return new ListedPerson(data, categories, forCategory, destination);
	}

	private PersonData data(Spreadsheet.Row row) {
		String nameAr = text(row, ListField.NAME_AR);
		String nameLatin = text(row, ListField.NAME_LATIN);
		String nameHe = text(row, ListField.NAME_HE);
		if (nameAr == null && nameLatin == null && nameHe == null) {
			ListField first = ListField.NAMES.stream().filter(f -> this.mapping.column(f).isPresent()).findFirst().orElseThrow();
			problem(row, first, "exchange.import.row.name-missing");
		}
		LocalDate dateOfBirth = dateOfBirth(row);
		Integer birthYear = birthYear(row);
		if (dateOfBirth != null && birthYear != null && dateOfBirth.getYear() != birthYear) {
			problem(row, ListField.BIRTH_YEAR, "exchange.import.row.birth-year-mismatch", String.valueOf(birthYear),
					dateOfBirth.toString());
		}
		return new PersonData(nameAr, nameLatin, nameHe, text(row, ListField.ID_NUMBER), dateOfBirth, birthYear,
				text(row, ListField.PLACE));
	}

	private @Nullable LocalDate dateOfBirth(Spreadsheet.Row row) {
		String text = text(row, ListField.DATE_OF_BIRTH);
		if (text == null) {
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(text);
			if (!date.isAfter(this.today) && date.getYear() >= FIRST_YEAR) {
				return date;
			}
		}
		catch (DateTimeParseException ex) {
			// named below
		}
		problem(row, ListField.DATE_OF_BIRTH, "exchange.import.row.date", text);
		return null;
	}

	private @Nullable Integer birthYear(Spreadsheet.Row row) {
		String text = text(row, ListField.BIRTH_YEAR);
		if (text == null) {
			return null;
		}
		try {
			int year = Integer.parseInt(text);
			if (year >= FIRST_YEAR && year <= this.today.getYear()) {
				return year;
			}
		}
		catch (NumberFormatException ex) {
			// named below
		}
		problem(row, ListField.BIRTH_YEAR, "exchange.import.row.birth-year", text, String.valueOf(FIRST_YEAR),
				String.valueOf(this.today.getYear()));
		return null;
	}

	private @Nullable Set<Category> categories(Spreadsheet.Row row) {
		String text = required(row, ListField.CATEGORIES);
		if (text == null) {
			return null;
		}
		Set<Category> categories = EnumSet.noneOf(Category.class);
		boolean known = true;
		for (String code : text.split("[;|]")) {
			if (!code.isBlank()) {
				Optional<Category> category = Category.ofCode(code(code));
				category.ifPresent(categories::add);
				if (category.isEmpty()) {
					known = false;
					problem(row, ListField.CATEGORIES, "exchange.import.row.category-unknown", code.strip(),
							allowedCategories());
				}
			}
		}
		if (categories.isEmpty() && known) {
			problem(row, ListField.CATEGORIES, "exchange.import.row.required");
		}
		return known && !categories.isEmpty() ? categories : null;
	}

	private @Nullable Category forCategory(Spreadsheet.Row row) {
		String text = text(row, ListField.FOR);
		if (text == null) {
			return null;
		}
		Optional<Category> category = Category.ofCode(code(text));
		if (category.isEmpty()) {
			problem(row, ListField.FOR, "exchange.import.row.category-unknown", text, allowedCategories());
		}
		return category.orElse(null);
	}

	private @Nullable Destination destination(Spreadsheet.Row row) {
		String text = required(row, ListField.DESTINATION);
		if (text == null) {
			return null;
		}
		Optional<Destination> destination = Destination.ofCode(code(text));
		if (destination.isEmpty()) {
			problem(row, ListField.DESTINATION, "exchange.import.row.destination-unknown", text,
					Arrays.stream(Destination.values()).map(Destination::code).collect(Collectors.joining(", ")));
		}
		return destination.orElse(null);
	}

	private void duplicates(Spreadsheet.Row row, PersonData data) {
		if (data.idNumber() != null) {
			Integer first = this.ids.putIfAbsent(data.idNumber().replaceAll("\\s", ""), row.number());
			if (first != null) {
				problem(row, ListField.ID_NUMBER, "exchange.import.row.duplicate-id", data.idNumber(),
						String.valueOf(first));
			}
		}
		Integer year = data.dateOfBirth() != null ? Integer.valueOf(data.dateOfBirth().getYear()) : data.birthYear();
		String names = names(data);
		if (!names.replace("|", "").isEmpty()) {
			Integer first = this.namesAndYears.putIfAbsent(names + "|" + year, row.number());
			if (first != null) {
				ListField column = ListField.NAMES.stream().filter(f -> this.mapping.column(f).isPresent()).findFirst().orElseThrow();
				problem(row, column, "exchange.import.row.duplicate-person", String.valueOf(first));
			}
		}
	}

	private static String names(PersonData data) {
		return Arrays.stream(new @Nullable String[] { data.nameAr(), data.nameLatin(), data.nameHe() })
			.map(n -> n == null ? "" : ListField.normalised(n))
			.collect(Collectors.joining("|"));
	}

	private static String code(String text) {
		return text.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
	}

	private @Nullable String required(Spreadsheet.Row row, ListField field) {
		String text = text(row, field);
		if (text == null) {
			problem(row, field, "exchange.import.row.required");
		}
		return text;
	}

	private @Nullable String text(Spreadsheet.Row row, ListField field) {
		return this.mapping.column(field).map(row::cell).map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
	}

	private void problem(Spreadsheet.Row row, ListField field, String code, Object... arguments) {
		String column = this.mapping.column(field).map(this.table::header).orElse("");
		this.problems.add(ListProblem.of(row.number(), column, code, arguments));
	}

}
