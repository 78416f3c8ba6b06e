package org.raqib.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.raqib.server.system.InvalidInput;

/** Column mappings suggested from English and Arabic headers, and the columns a mapping requires. */
class ListImportMappingTests {

	@Test
	void suggestsFieldsFromEnglishHeadersWhateverTheirCaseAndSpacing() {
		ListMapping mapping = ListMapping.suggest(List.of("Name (Arabic)", "NAME", "id", "Date_of_Birth", "Year of birth",
				"Place of residence", " category ", "Released for", "DESTINATION", "Notes"));
		assertThat(mapping.columns()).containsExactlyInAnyOrderEntriesOf(Map.of(ListField.NAME_AR, 0,
				ListField.NAME_LATIN, 1, ListField.ID_NUMBER, 2, ListField.DATE_OF_BIRTH, 3, ListField.BIRTH_YEAR, 4,
				ListField.PLACE, 5, ListField.CATEGORIES, 6, ListField.FOR, 7, ListField.DESTINATION, 8));
	}

	@Test
	void suggestsFieldsFromArabicHeadersWithOrWithoutHamzaAndDiacritics() {
		ListMapping mapping = ListMapping.suggest(List.of("الاسم", "الاسم بالانجليزية", "رقم الهويّة", "تاريخ الميلاد",
				"مكان الاقامة", "الفئة", "مقابل", "الوجهة"));
		assertThat(mapping.columns()).containsExactlyInAnyOrderEntriesOf(Map.of(ListField.NAME_AR, 0,
				ListField.NAME_LATIN, 1, ListField.ID_NUMBER, 2, ListField.DATE_OF_BIRTH, 3, ListField.PLACE, 4,
				ListField.CATEGORIES, 5, ListField.FOR, 6, ListField.DESTINATION, 7));
	}

	@Test
	void suggestsTheExportColumnsThemselves() {
		List<String> codes = java.util.Arrays.stream(ListField.values()).map(ListField::code).toList();
		ListMapping mapping = ListMapping.suggest(codes);
		for (ListField field : ListField.values()) {
			assertThat(mapping.column(field)).as(field.code()).contains(field.ordinal());
		}
	}

	@Test
	void takesTheUsersChoiceOverTheSuggestion() {
		ListMapping mapping = ListMapping.chosen(Map.of("column.name-latin", "2", "column.categories", "0",
				"column.destination", "1", "column.place", "", "column.for", "9"), 3);
		assertThat(mapping.columns()).containsExactlyInAnyOrderEntriesOf(
				Map.of(ListField.NAME_LATIN, 2, ListField.CATEGORIES, 0, ListField.DESTINATION, 1));
	}

	@Test
	void requiresANameCategoriesAndDestinationEachInItsOwnColumn() {
		ListMapping none = new ListMapping(Map.of(ListField.ID_NUMBER, 0));
		assertThatThrownBy(() -> none.check(List.of("ID"))).isInstanceOfSatisfying(InvalidInput.class,
				invalid -> assertThat(invalid.problems()).extracting(InvalidInput.FieldProblem::field)
					.containsExactly("mapping", "column.categories", "column.destination"));
		ListMapping twice = new ListMapping(Map.of(ListField.NAME_AR, 0, ListField.CATEGORIES, 1, ListField.DESTINATION, 1));
		assertThatThrownBy(() -> twice.check(List.of("Name", "Category"))).isInstanceOfSatisfying(InvalidInput.class,
				invalid -> assertThat(invalid.problems()).singleElement()
					.satisfies(p -> assertThat(p.code()).isEqualTo("exchange.import.mapping.twice")));
	}

}
