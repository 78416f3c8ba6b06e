package org.raqib.server.exchange;

import java.util.List;

/**
 * A list file read as a table of text: the headers as the file spells them, and each row that holds
 * anything, numbered as the user sees it (the CSV line, the spreadsheet row).
 */
record ListSheet(List<String> headers, List<Row> rows) {

	ListSheet {
		headers = List.copyOf(headers);
		rows = List.copyOf(rows);
	}

	/** One row's cells, as many as there are headers (missing cells are empty). */
	record Row(int number, List<String> cells) {

		Row {
			cells = List.copyOf(cells);
		}

		String cell(int column) {
			return column < this.cells.size() ? this.cells.get(column) : "";
		}

	}

	String header(int column) {
		return this.headers.get(column);
	}

}
