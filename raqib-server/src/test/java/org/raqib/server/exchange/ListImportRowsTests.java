package org.raqib.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.raqib.server.person.PersonData;
import org.raqib.server.system.InvalidInput;
import org.raqib.server.system.InvalidInput.FieldProblem;
import org.raqib.server.system.Spreadsheet;
import org.raqib.server.system.SpreadsheetFile;

/** Every row checked into a listed person or problems named by row and column; all names here are invented. */
class ListImportRowsTests {

	static final LocalDate TODAY = LocalDate.of(2025, 1, 20);

	static final String HEADER = "Name (Arabic),Name (Latin),ID,Date of birth,Birth year,Category,For,Destination\n";

	static ListCheck check(String rows) {
		Spreadsheet table = SpreadsheetFile.read("list.csv", (HEADER + rows).getBytes(java.nio.charset.StandardCharsets.UTF_8));
		return ListRows.check(table, ListMapping.suggest(table.headers()), TODAY);
	}

	static ListProblem only(ListCheck check) {
		assertThat(check.problems()).hasSize(1);
		return check.problems().get(0);
	}

	@Test
	void aValidRowBecomesAListedPerson() {
		ListCheck check = check("أمل تجريبي,Amal Tajribi,900000001,1990-05-21,,civilian; Woman,,home\n"
				+ "سمير مثالي,,900000002,,1975,prisoner|life-sentence,civilian,abroad\n");
		assertThat(check.valid()).isTrue();
		assertThat(check.rows()).containsExactly(2, 3);
		assertThat(check.persons().get(0)).isEqualTo(new ListedPerson(new PersonData("أمل تجريبي", "Amal Tajribi", null,
				"900000001", LocalDate.of(1990, 5, 21), null, null), Set.of(Category.CIVILIAN, Category.WOMAN), null,
				Destination.HOME));
		assertThat(check.persons().get(1).forCategory()).isEqualTo(Category.CIVILIAN);
		assertThat(check.persons().get(1).data().birthYear()).isEqualTo(1975);
		assertThat(check.byCategory()).containsEntry("civilian", 1L).containsEntry("life-sentence", 1L);
		assertThat(check.byDestination()).containsEntry("home", 1L).containsEntry("abroad", 1L);
	}

	@Test
	void aBlankRequiredCellIsNamedByRowAndColumn() {
		assertThat(only(check("أمل تجريبي,,,,,,,home\n")))
			.isEqualTo(ListProblem.of(2, "Category", "exchange.import.row.required"));
		assertThat(only(check("أمل تجريبي,,,,,civilian,,\n")))
			.isEqualTo(ListProblem.of(2, "Destination", "exchange.import.row.required"));
	}

	@Test
	void aRowWithoutAnyNameIsNamedAtTheFirstNameColumn() {
		assertThat(only(check(",,900000001,,,civilian,,home\n")))
			.isEqualTo(ListProblem.of(2, "Name (Arabic)", "exchange.import.row.name-missing"));
	}

	@Test
	void anUnknownCategoryListsTheAllowedOnes() {
		ListProblem problem = only(check("أمل تجريبي,,,,,civilian;pilot,,home\n"));
		assertThat(problem.column()).isEqualTo("Category");
		assertThat(problem.code()).isEqualTo("exchange.import.row.category-unknown");
		assertThat(problem.arguments()).containsExactly("pilot", ListRows.allowedCategories());
		assertThat(ListRows.allowedCategories()).contains("civilian, woman, child").endsWith("wartime-detainee");
		assertThat(only(check("أمل تجريبي,,,,,civilian,pilots,home\n")).column()).isEqualTo("For");
	}

	@Test
	void anUnknownDestinationIsNamed() {
		assertThat(only(check("أمل تجريبي,,,,,civilian,,moon\n")))
			.isEqualTo(ListProblem.of(2, "Destination", "exchange.import.row.destination-unknown", "moon", "home, abroad"));
	}

	@Test
	void aBadOrFutureDateOfBirthIsNamed() {
		assertThat(only(check("أمل تجريبي,,,21/05/1990,,civilian,,home\n")))
			.isEqualTo(ListProblem.of(2, "Date of birth", "exchange.import.row.date", "21/05/1990"));
		assertThat(only(check("أمل تجريبي,,,2030-01-01,,civilian,,home\n")).code()).isEqualTo("exchange.import.row.date");
	}

	@Test
	void anImplausibleBirthYearIsNamed() {
		assertThat(only(check("أمل تجريبي,,,,1850,civilian,,home\n")))
			.isEqualTo(ListProblem.of(2, "Birth year", "exchange.import.row.birth-year", "1850", "1900", "2025"));
		assertThat(only(check("أمل تجريبي,,,,nineteen,civilian,,home\n")).code())
			.isEqualTo("exchange.import.row.birth-year");
		assertThat(only(check("أمل تجريبي,,,1990-05-21,1991,civilian,,home\n")).code())
			.isEqualTo("exchange.import.row.birth-year-mismatch");
	}

	@Test
	void theSameIdNumberTwiceNamesBothRows() {
		ListCheck check = check("أمل تجريبي,,900000001,,,civilian,,home\nسمير مثالي,,900000002,,,civilian,,home\n"
				+ "نور افتراضي,,900 000 001,,,civilian,,home\n");
		assertThat(only(check))
			.isEqualTo(ListProblem.of(4, "ID", "exchange.import.row.duplicate-id", "900 000 001", "2"));
	}

	@Test
	void theSameNamesAndBirthYearTwiceNameBothRows() {
		ListCheck check = check("أمل تجريبي,Amal Tajribi,,1990-05-21,,civilian,,home\n"
				+ "أمل تجريبي,Amal Tajribi,,,1991,civilian,,home\n" + "أمل  تجريبي,amal tajribi,,,1990,woman,,home\n");
		assertThat(only(check))
			.isEqualTo(ListProblem.of(4, "Name (Arabic)", "exchange.import.row.duplicate-person", "2"));
	}

	@Test
	void everyRowIsCheckedAndNoPersonIsKeptFromABadRow() {
		ListCheck check = check("أمل تجريبي,,,,,pilot,,home\nسمير مثالي,,,,,civilian,,home\nنور افتراضي,,,,,civilian,,moon\n");
		assertThat(check.problems()).extracting(ListProblem::row).containsExactly(2, 4);
		assertThat(check.valid()).isFalse();
		assertThat(check.rows()).containsExactly(3);
	}

	@Test
	void aSubmissionsRefusalIsReadBackOntoTheFile() {
		Spreadsheet table = SpreadsheetFile.read("list.csv", (HEADER + "أمل تجريبي,,,,,civilian,,home\nسمير مثالي,,,,1975,civilian,,home\n")
			.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		ListMapping mapping = ListMapping.suggest(table.headers());
		ListCheck check = ListRows.check(table, mapping, TODAY);
		var refusal = ListRefusal.of(new InvalidInput(List.of(new FieldProblem("persons[1].birthYear", "person.x", List.of()),
				new FieldProblem("persons[0].data.nameAr", "person.y", List.of()),
				new FieldProblem("persons[0]", "person.z", List.of()), new FieldProblem("listId", "exchange.w", List.of()))),
				check, table, mapping);
		assertThat(refusal.rows()).containsExactly(ListProblem.of(3, "Birth year", "person.x"),
				ListProblem.of(2, "Name (Arabic)", "person.y"), ListProblem.of(2, "", "person.z"));
		assertThat(refusal.form()).extracting(FieldProblem::field).containsExactly("listId");
	}

}
