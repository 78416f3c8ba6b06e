package org.raqib.server.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.raqib.server.person.PersonData;

/**
 * A list written back as a file with the columns the import reads (headed by the fields' codes), so an
 * export re-imports. Every cell is text: ID numbers keep their leading zeros in a spreadsheet.
 */
final class ListExport {

	/** One person's row: their data and what the list says of them. */
	record Line(PersonData data, List<Category> categories, @Nullable Category forCategory, Destination destination) {
	}

	private ListExport() {
	}

	static List<String> headers() {
		return Arrays.stream(ListField.values()).map(ListField::code).toList();
	}

	static List<String> cells(Line line) {
		PersonData d = line.data();
		return List.of(text(d.nameAr()), text(d.nameLatin()), text(d.nameHe()), text(d.idNumber()),
				d.dateOfBirth() == null ? "" : d.dateOfBirth().toString(),
				d.birthYear() == null ? "" : d.birthYear().toString(), text(d.place()),
				line.categories().stream().map(Category::code).collect(Collectors.joining(";")),
				line.forCategory() == null ? "" : line.forCategory().code(), line.destination().code());
	}

	/** UTF-8 with a byte-order mark, so that spreadsheets open the Arabic right. */
	static byte[] csv(List<Line> lines) {
		var out = new ByteArrayOutputStream();
		out.writeBytes("\uFEFF".getBytes(StandardCharsets.UTF_8));
		try (var printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
			printer.printRecord(headers());
			for (Line line : lines) {
				printer.printRecord(cells(line).stream().map(ListExport::defused).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	static byte[] xlsx(List<Line> lines) {
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("list");
			write(sheet.createRow(0), headers());
			for (int i = 0; i < lines.size(); i++) {
				write(sheet.createRow(i + 1), cells(lines.get(i)));
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(Row row, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			row.createCell(i).setCellValue(cells.get(i));
		}
	}

	/** A cell a spreadsheet would run as a formula is quoted, so that opening an export runs nothing. */
	private static String defused(String cell) {
		return !cell.isEmpty() && "=+@".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
	}

	private static String text(@Nullable String text) {
		return text == null ? "" : text;
	}

	static List<Line> lines(List<ListMember> members, java.util.Map<org.raqib.server.person.PersonRef, PersonData> data) {
		var lines = new ArrayList<Line>();
		for (ListMember member : members) {
			PersonData person = data.get(member.ref());
			if (person != null) {
				lines.add(new Line(person, member.categories().stream().sorted().toList(), member.forCategory(),
						member.destination()));
			}
		}
		return lines;
	}

}
