package org.raqib.server.reconcile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * A reconciliation as a CSV file, one row per pair or person alone: standing, score, reason codes, the
 * standing decision, and each side's reference and names. UTF-8 with a byte-order mark so spreadsheets
 * open the Arabic right; cells a spreadsheet would run as formulas are quoted.
 */
final class ReconcileExport {

	static final List<String> HEADERS = List.of("standing", "score", "reasons", "decision", "left_list", "left_ref",
			"left_name_ar", "left_name_latin", "left_name_he", "right_list", "right_ref", "right_name_ar",
			"right_name_latin", "right_name_he");

	private ReconcileExport() {
	}

	static byte[] csv(ReconciledLists reconciled) {
		var out = new ByteArrayOutputStream();
		out.writeBytes("\uFEFF".getBytes(StandardCharsets.UTF_8));
		try (var printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
			printer.printRecord(HEADERS);
			for (ReconciledLists.Row row : reconciled.rows()) {
				printer.printRecord(cells(reconciled, row).stream().map(ReconcileExport::defused).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static List<String> cells(ReconciledLists reconciled, ReconciledLists.Row row) {
		var cells = new ArrayList<String>();
		cells.add(row.standingCode());
		cells.add(row.left() != null && row.right() != null ? String.format("%.3f", row.score() / 1000.0) : "");
		cells.add(String.join(";", row.reasons()));
		cells.add(row.decided() == null ? "" : row.decided().decision().code());
		side(cells, reconciled.left().listId(), row.left());
		side(cells, reconciled.right().listId(), row.right());
		return cells;
	}

	private static void side(List<String> cells, String listId, ReconciledLists.@Nullable Person person) {
		cells.add(person == null ? "" : listId);
		cells.add(person == null ? "" : person.ref().value());
		cells.add(person == null ? "" : text(person.data().nameAr()));
		cells.add(person == null ? "" : text(person.data().nameLatin()));
		cells.add(person == null ? "" : text(person.data().nameHe()));
	}

	private static String text(@Nullable String text) {
		return text == null ? "" : text;
	}

	private static String defused(String cell) {
		return !cell.isEmpty() && "=+@-".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
	}

}
