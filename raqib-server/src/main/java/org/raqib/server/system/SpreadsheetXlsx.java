package org.raqib.server.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An XLSX file: its first sheet, each cell as a person sees it (dates as ISO dates, numbers as
 * formatted, without a trailing {@code .0}), each row numbered as the spreadsheet numbers it. POI's zip
 * limits refuse a file that inflates far beyond its size (a zip bomb).
 */
final class SpreadsheetXlsx {

	static {
		ZipSecureFile.setMinInflateRatio(0.01);
		ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
		ZipSecureFile.setMaxFileCount(1000);
	}

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT);

	private SpreadsheetXlsx() {
	}

	static Spreadsheet read(byte[] bytes) {
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			if (workbook.getNumberOfSheets() == 0) {
				throw InvalidInput.of(SpreadsheetFile.FIELD, "exchange.import.file.no-header");
			}
			return table(workbook.getSheetAt(0));
		}
		catch (IOException | POIXMLException | OpenXML4JRuntimeException | IllegalStateException ex) {
			String message = String.valueOf(ex.getMessage()) + (ex.getCause() == null ? "" : ex.getCause().getMessage());
			throw InvalidInput.of(SpreadsheetFile.FIELD, message.contains("Zip bomb") || message.contains("exceed")
					? "exchange.import.file.zip-bomb" : "exchange.import.file.not-xlsx");
		}
	}

	private static Spreadsheet table(Sheet sheet) {
		if (sheet.getLastRowNum() - sheet.getFirstRowNum() > SpreadsheetFile.MAX_ROWS * 2) {
			throw InvalidInput.of(SpreadsheetFile.FIELD, "exchange.import.file.too-many-rows", SpreadsheetFile.MAX_ROWS);
		}
		var formatter = new DataFormatter(Locale.ROOT);
		SpreadsheetFile.Builder table = null;
		for (Row row : sheet) {
			List<String> cells = cells(row, formatter);
			if (table == null) {
				if (cells.stream().anyMatch(c -> !c.isBlank())) {
					table = new SpreadsheetFile.Builder(cells);
				}
				continue;
			}
			table.add(row.getRowNum() + 1, cells);
		}
		if (table == null) {
			throw InvalidInput.of(SpreadsheetFile.FIELD, "exchange.import.file.no-header");
		}
		return table.table();
	}

	private static List<String> cells(Row row, DataFormatter formatter) {
		var cells = new ArrayList<String>();
		for (int i = 0; i < Math.max(row.getLastCellNum(), 0); i++) {
			Cell cell = row.getCell(i);
			cells.add(cell == null ? "" : text(cell, formatter));
		}
		return cells;
	}

	static String text(Cell cell, DataFormatter formatter) {
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			LocalDateTime value = cell.getLocalDateTimeCellValue();
			return value.toLocalTime().equals(LocalTime.MIDNIGHT) ? value.toLocalDate().toString() : MINUTES.format(value);
		}
		if (type == CellType.STRING) {
			return cell.getRichStringCellValue().getString();
		}
		if (type == CellType.BLANK || type == CellType.ERROR) {
			return "";
		}
		if (cell.getCellType() == CellType.FORMULA) {
			return type == CellType.BOOLEAN ? String.valueOf(cell.getBooleanCellValue()).toUpperCase(Locale.ROOT)
					: formatter.formatRawCellContents(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
							cell.getCellStyle().getDataFormatString());
		}
		return formatter.formatCellValue(cell);
	}

}
