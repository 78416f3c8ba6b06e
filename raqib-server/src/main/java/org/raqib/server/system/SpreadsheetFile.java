package org.raqib.server.system;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.raqib.server.system.InvalidInput.FieldProblem;
import org.springframework.web.multipart.MultipartFile;

/**
 * Reads an uploaded file (CSV or XLSX, told apart by their bytes, not by the file's name) into a table,
 * within the limits: a file of 10 MB, 20,000 rows, cells of 500 characters. Every breach is refused
 * with a message naming where it is. Every import reads its files here (the exchange's lists, the aid's
 * manifests); the messages keep the codes {@code exchange.import.file.*} they were first written under,
 * which say nothing about lists and so serve every import.
 */
public final class SpreadsheetFile {

	public static final int MAX_BYTES = 10 * 1024 * 1024;

	public static final int MAX_ROWS = 20_000;

	public static final int MAX_CELL = 500;

	public static final String FIELD = "file";

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };

	private SpreadsheetFile() {
	}

	public static Spreadsheet read(String name, byte[] bytes) {
		if (bytes.length == 0) {
			throw InvalidInput.of(FIELD, "exchange.import.file.missing");
		}
		if (bytes.length > MAX_BYTES) {
			throw InvalidInput.of(FIELD, "exchange.import.file.too-large", MAX_BYTES / (1024 * 1024));
		}
		if (startsWith(bytes, OLE2)) {
			throw InvalidInput.of(FIELD, "exchange.import.file.xls");
		}
		if (startsWith(bytes, ZIP)) {
			return SpreadsheetXlsx.read(bytes);
		}
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".xlsx") || lower.endsWith(".xls") || lower.endsWith(".ods")) {
			throw InvalidInput.of(FIELD, "exchange.import.file.not-xlsx");
		}
		return SpreadsheetCsv.read(bytes);
	}

	/** An upload's bytes, refusing a missing, oversized or unreadable one as {@link #read} would. */
	public static byte[] bytes(@Nullable MultipartFile file) {
		if (file == null || file.isEmpty()) {
			throw InvalidInput.of(FIELD, "exchange.import.file.missing");
		}
		if (file.getSize() > MAX_BYTES) {
			throw InvalidInput.of(FIELD, "exchange.import.file.too-large", MAX_BYTES / (1024 * 1024));
		}
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw InvalidInput.of(FIELD, "exchange.import.file.unreadable");
		}
	}

	/** An upload's file name as the browser gave it, or empty. */
	public static String name(@Nullable MultipartFile file) {
		return file == null || file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (bytes[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	/** The rows read so far and the problems of their cells, so one refusal names every overlong cell. */
	static final class Builder {

		private final List<String> headers;

		private final List<Spreadsheet.Row> rows = new ArrayList<>();

		private final List<FieldProblem> problems = new ArrayList<>();

		Builder(List<String> headers) {
			var named = new ArrayList<String>();
			for (int i = 0; i < headers.size(); i++) {
				String header = headers.get(i).strip();
				named.add(header.isEmpty() ? "#" + (i + 1) : header);
			}
			while (!named.isEmpty() && named.get(named.size() - 1).startsWith("#") && headers.get(named.size() - 1).isBlank()) {
				named.remove(named.size() - 1);
			}
			if (named.isEmpty()) {
				throw InvalidInput.of(FIELD, "exchange.import.file.no-header");
			}
			this.headers = named;
			checkLengths(1, named);
		}

		void add(int number, List<String> cells) {
			if (cells.stream().allMatch(String::isBlank)) {
				return;
			}
			if (this.rows.size() == MAX_ROWS) {
				throw InvalidInput.of(FIELD, "exchange.import.file.too-many-rows", MAX_ROWS);
			}
			var kept = new ArrayList<String>(this.headers.size());
			for (int i = 0; i < this.headers.size(); i++) {
				kept.add(i < cells.size() ? cells.get(i).strip() : "");
			}
			checkLengths(number, kept);
			this.rows.add(new Spreadsheet.Row(number, kept));
		}

		private void checkLengths(int number, List<String> cells) {
			for (int i = 0; i < cells.size(); i++) {
				if (cells.get(i).length() > MAX_CELL && this.problems.size() < 50) {
					this.problems.add(new FieldProblem(FIELD, "exchange.import.file.cell-too-long",
							List.of(String.valueOf(number), this.headers.get(i), MAX_CELL)));
				}
			}
		}

		Spreadsheet table() {
			if (!this.problems.isEmpty()) {
				throw new InvalidInput(this.problems);
			}
			if (this.rows.isEmpty()) {
				throw InvalidInput.of(FIELD, "exchange.import.file.no-rows");
			}
			return new Spreadsheet(this.headers, this.rows);
		}

	}

}
