package org.raqib.server.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.raqib.server.system.InvalidInput;
import org.raqib.server.system.InvalidInput.FieldProblem;

/**
 * Reads an uploaded list (CSV or XLSX, told apart by their bytes, not by the file's name) into a table,
 * within the limits: a file of 10 MB, 20,000 rows, cells of 500 characters. Every breach is refused
 * with a message naming where it is.
 */
final class ListFile {

	static final int MAX_BYTES = 10 * 1024 * 1024;

	static final int MAX_ROWS = 20_000;

	static final int MAX_CELL = 500;

	static final String FIELD = "file";

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };

	private ListFile() {
	}

	static ListSheet read(String name, byte[] bytes) {
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
			return ListXlsx.read(bytes);
		}
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".xlsx") || lower.endsWith(".xls") || lower.endsWith(".ods")) {
			throw InvalidInput.of(FIELD, "exchange.import.file.not-xlsx");
		}
		return ListCsv.read(bytes);
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

		private final List<ListSheet.Row> rows = new ArrayList<>();

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
			this.rows.add(new ListSheet.Row(number, kept));
		}

		private void checkLengths(int number, List<String> cells) {
			for (int i = 0; i < cells.size(); i++) {
				if (cells.get(i).length() > MAX_CELL && this.problems.size() < 50) {
					this.problems.add(new FieldProblem(FIELD, "exchange.import.file.cell-too-long",
							List.of(String.valueOf(number), this.headers.get(i), MAX_CELL)));
				}
			}
		}

		ListSheet table() {
			if (!this.problems.isEmpty()) {
				throw new InvalidInput(this.problems);
			}
			if (this.rows.isEmpty()) {
				throw InvalidInput.of(FIELD, "exchange.import.file.no-rows");
			}
			return new ListSheet(this.headers, this.rows);
		}

	}

}
