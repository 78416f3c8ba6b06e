package org.raqib.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.raqib.server.system.InvalidInput;
import org.raqib.server.system.Spreadsheet;
import org.raqib.server.system.SpreadsheetFile;

/** Reading list files: CSV in UTF-8 with any of its delimiters, XLSX as a person sees it, and the limits. */
class ListImportFileTests {

	static byte[] fixture(String name) throws IOException {
		try (InputStream in = ListImportFileTests.class.getResourceAsStream("/exchange/" + name)) {
			return in.readAllBytes();
		}
	}

	static String code(Runnable read) {
		try {
			read.run();
		}
		catch (InvalidInput invalid) {
			return invalid.problems().get(0).code();
		}
		throw new AssertionError("not refused");
	}

	@Test
	void readsCsvInUtf8WithLineNumbers() throws IOException {
		Spreadsheet table = SpreadsheetFile.read("round-1.csv", fixture("round-1.csv"));
		assertThat(table.headers()).containsExactly("Name (Arabic)", "Name (Latin)", "ID", "Date of birth", "Place",
				"Category", "For", "Destination");
		assertThat(table.rows()).extracting(Spreadsheet.Row::number).containsExactly(2, 3, 4);
		assertThat(table.rows().get(0).cells()).containsExactly("أمل تجريبي", "Amal Tajribi", "900000001",
				"1990-05-21", "Khan Younis", "civilian;woman", "", "home");
	}

	@Test
	void readsSemicolonsAfterAByteOrderMarkAndSkipsEmptyRows() throws IOException {
		Spreadsheet table = SpreadsheetFile.read("list.csv", fixture("arabic-semicolon.csv"));
		assertThat(table.headers()).containsExactly("الاسم", "رقم الهوية", "سنة الميلاد", "الفئة", "الوجهة");
		assertThat(table.rows()).extracting(Spreadsheet.Row::number).containsExactly(2, 4);
		assertThat(table.rows().get(1).cell(3)).isEqualTo("prisoner;life-sentence");
	}

	@Test
	void readsTabsAndNumbersAQuotedMultiLineRowByItsFirstLine() {
		String csv = "name\tcategories\tdestination\n\"Amal\nTajribi\"\tcivilian\thome\nSamir\tcivilian\thome\n";
		Spreadsheet table = SpreadsheetFile.read("list.tsv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(table.rows()).extracting(Spreadsheet.Row::number).containsExactly(2, 4);
		assertThat(table.rows().get(0).cell(0)).isEqualTo("Amal\nTajribi");
	}

	@Test
	void refusesBytesThatAreNotUtf8NamingTheLine() {
		byte[] latin1 = "name,categories,destination\nAmal,civilian,home\nJos\u00e9,civilian,home\n"
			.getBytes(StandardCharsets.ISO_8859_1);
		assertThatThrownBy(() -> SpreadsheetFile.read("list.csv", latin1)).isInstanceOfSatisfying(InvalidInput.class,
				invalid -> assertThat(invalid.problems().get(0).arguments()).containsExactly("3"));
		assertThat(code(() -> SpreadsheetFile.read("list.csv", latin1))).isEqualTo("exchange.import.file.encoding");
	}

	@Test
	void refusesAnUnclosedQuote() {
		byte[] csv = "name,categories,destination\n\"Amal,civilian,home\n".getBytes(StandardCharsets.UTF_8);
		assertThat(code(() -> SpreadsheetFile.read("list.csv", csv))).isEqualTo("exchange.import.file.malformed");
	}

	@Test
	void readsTheFirstSheetOfAnXlsxAsAPersonSeesIt() throws IOException {
		Spreadsheet table = SpreadsheetFile.read("list.xlsx", xlsx());
		assertThat(table.headers()).containsExactly("Name", "ID", "Date of birth", "Birth year", "Category",
				"Destination");
		assertThat(table.rows()).hasSize(1);
		assertThat(table.rows().get(0).number()).isEqualTo(3);
		assertThat(table.rows().get(0).cells()).containsExactly("Amal Tajribi", "900000001", "1990-05-21", "1990",
				"civilian", "home");
	}

	@Test
	void refusesOldExcelFilesAndFilesThatOnlyCallThemselvesXlsx() {
		byte[] ole2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
		assertThat(code(() -> SpreadsheetFile.read("list.xls", ole2))).isEqualTo("exchange.import.file.xls");
		assertThat(code(() -> SpreadsheetFile.read("list.xlsx", "name\nAmal".getBytes(StandardCharsets.UTF_8))))
			.isEqualTo("exchange.import.file.not-xlsx");
	}

	@Test
	void refusesAZipThatIsNotAWorkbook() throws IOException {
		var bytes = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("hello.txt"));
			zip.write("hello".getBytes(StandardCharsets.UTF_8));
		}
		assertThat(code(() -> SpreadsheetFile.read("list.xlsx", bytes.toByteArray()))).isEqualTo("exchange.import.file.not-xlsx");
	}

	@Test
	void refusesAZipBomb() throws IOException {
		var bytes = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write(new byte[20 * 1024 * 1024]);
		}
		assertThat(code(() -> SpreadsheetFile.read("list.xlsx", bytes.toByteArray()))).isEqualTo("exchange.import.file.zip-bomb");
	}

	@Test
	void refusesFilesOverTheLimits() {
		assertThat(code(() -> SpreadsheetFile.read("list.csv", new byte[SpreadsheetFile.MAX_BYTES + 1])))
			.isEqualTo("exchange.import.file.too-large");
		var many = new StringBuilder("name,categories,destination\n");
		for (int i = 0; i <= SpreadsheetFile.MAX_ROWS; i++) {
			many.append("P").append(i).append(",civilian,home\n");
		}
		assertThat(code(() -> SpreadsheetFile.read("list.csv", many.toString().getBytes(StandardCharsets.UTF_8))))
			.isEqualTo("exchange.import.file.too-many-rows");
		String longCell = "name,categories,destination\n" + "x".repeat(SpreadsheetFile.MAX_CELL + 1) + ",civilian,home\n";
		assertThatThrownBy(() -> SpreadsheetFile.read("list.csv", longCell.getBytes(StandardCharsets.UTF_8)))
			.isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems().get(0).arguments())
				.containsExactly("2", "name", SpreadsheetFile.MAX_CELL));
	}

	@Test
	void refusesAnEmptyFileAndAHeaderWithoutRows() {
		assertThat(code(() -> SpreadsheetFile.read("list.csv", new byte[0]))).isEqualTo("exchange.import.file.missing");
		assertThat(code(() -> SpreadsheetFile.read("list.csv", "name,categories\n".getBytes(StandardCharsets.UTF_8))))
			.isEqualTo("exchange.import.file.no-rows");
	}

	/** A workbook with a blank first row, a date, numbers and a formula, as a spreadsheet would hold them. */
	static byte[] xlsx() throws IOException {
		try (var workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("list");
			Row header = sheet.createRow(1);
			List<String> names = List.of("Name", "ID", "Date of birth", "Birth year", "Category", "Destination");
			for (int i = 0; i < names.size(); i++) {
				header.createCell(i).setCellValue(names.get(i));
			}
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("d/m/yy"));
			Row row = sheet.createRow(2);
			row.createCell(0).setCellValue("Amal Tajribi");
			row.createCell(1).setCellValue(900000001d);
			row.createCell(2).setCellValue(LocalDate.of(1990, 5, 21));
			row.getCell(2).setCellStyle(date);
			row.createCell(3).setCellFormula("1989+1");
			row.createCell(4).setCellValue("civilian");
			row.createCell(5).setCellValue("home");
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
			workbook.createSheet("other").createRow(0).createCell(0).setCellValue("ignored");
			var out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
	}

}
