package org.raqib.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.raqib.server.person.PersonData;
import org.raqib.server.system.Spreadsheet;
import org.raqib.server.system.SpreadsheetFile;

/** An exported list re-imports into the same persons, as CSV and as XLSX; the names are invented. */
class ListImportExportTests {

	static final List<ListExport.Line> LINES = List.of(
			new ListExport.Line(new PersonData("أمل تجريبي", "Amal Tajribi", null, "0900000001", LocalDate.of(1990, 5, 21),
					1990, "Khan Younis"), List.of(Category.CIVILIAN, Category.WOMAN), null, Destination.HOME),
			new ListExport.Line(new PersonData(null, "Samir \"Sam\" Mithali, Jr", "שמיר", null, null, 1975, null),
					List.of(Category.PRISONER, Category.LIFE_SENTENCE), Category.CIVILIAN, Destination.ABROAD));

	static List<ListedPerson> reimport(String name, byte[] file) {
		Spreadsheet sheet = SpreadsheetFile.read(name, file);
		ListCheck check = ListRows.check(sheet, ListMapping.suggest(sheet.headers()), LocalDate.of(2025, 1, 20));
		assertThat(check.problems()).isEmpty();
		return check.persons();
	}

	static List<ListedPerson> expected() {
		return LINES.stream().map(l -> new ListedPerson(l.data(), Set.copyOf(l.categories()), l.forCategory(),
				l.destination())).toList();
	}

	@Test
	void aCsvExportReimports() {
		byte[] csv = ListExport.csv(LINES);
		assertThat(new String(csv, StandardCharsets.UTF_8)).startsWith("\uFEFFname-ar,name-latin,name-he,id-number");
		assertThat(reimport("list.csv", csv)).isEqualTo(expected());
	}

	@Test
	void anXlsxExportReimportsKeepingLeadingZeros() {
		assertThat(reimport("list.xlsx", ListExport.xlsx(LINES))).isEqualTo(expected());
	}

}
