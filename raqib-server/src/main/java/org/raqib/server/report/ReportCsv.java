package org.raqib.server.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A daily report's figures as a CSV annex, one figure a line (every part has its own columns):
 * {@code section,row,column,value}, columns named in English, the codes as the record has them.
 */
final class ReportCsv {

	static final List<String> HEADER = List.of("section", "row", "column", "value");

	private ReportCsv() {
	}

	static byte[] of(ReportContent content) {
		var out = new StringWriter();
		try (var csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
			csv.printRecord(HEADER);
			for (ReportContent.Part part : content.parts()) {
				for (int r = 0; r < part.rows().size(); r++) {
					List<String> row = part.rows().get(r);
					for (int c = 0; c < row.size(); c++) {
						String column = c < part.columnsEn().size() ? part.columnsEn().get(c) : String.valueOf(c + 1);
						csv.printRecord(part.id(), r + 1, column, row.get(c));
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

}
