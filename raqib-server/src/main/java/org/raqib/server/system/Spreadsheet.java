package org.raqib.server.system;

import java.util.List;

/**
 * An uploaded file read as a table of text: the headers as the file spells them, and each row that holds
 * anything, numbered as the user sees it (the CSV line, the spreadsheet row).
 */
public record Spreadsheet(List<String> headers, List<Row> rows) {

	public Spreadsheet {
		headers = List.copyOf(headers);
		rows = List.copyOf(rows);
	}

	/** One row's cells, as many as there are headers (missing cells are empty). */
	public record Row(int number, List<String> cells) {

		public Row {
			cells = List.copyOf(cells);
		}

		public String cell(int column) {
			return column < this.cells.size() ? this.cells.get(column) : "";
		}

	}

	public String header(int column) {
		return this.headers.get(column);
	}

}
