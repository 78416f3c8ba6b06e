package org.raqib.server.aid;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.raqib.server.system.Spreadsheet;
import org.springframework.context.MessageSource;

/** What the mapping and check pages show of a manifest: its first rows, the columns chosen, the problems or a summary. */
record ManifestView(String fileName, String party, List<String> headers, List<Spreadsheet.Row> sample, int rows,
		List<FieldChoice> fields, @Nullable List<ProblemRow> problems, @Nullable Summary summary) {

	static final int SAMPLE = 20;

	record FieldChoice(String code, String messageKey, boolean required, String column) {
	}

	record ProblemRow(int row, String column, String message) {
	}

	record Summary(int consignments, int trucks, Map<String, Integer> trucksByStage) {
	}

	static ManifestView of(ManifestUpload upload, @Nullable ManifestCheck check, MessageSource messages, Locale locale) {
		Spreadsheet table = upload.table();
		List<FieldChoice> fields = Arrays.stream(ManifestField.values())
			.map(f -> new FieldChoice(f.code(), f.messageKey(), f.required(),
					upload.mapping().column(f).map(String::valueOf).orElse("")))
			.toList();
		List<ProblemRow> problems = check == null ? null : check.problems().stream()
			.map(p -> new ProblemRow(p.row(), p.column(),
					messages.getMessage(p.code(), p.arguments().toArray(), p.code(), locale)))
			.toList();
		Summary summary = check == null || !check.valid() ? null
				: new Summary(check.lines().size(), check.trucks(), check.trucksByStage());
		return new ManifestView(upload.fileName(), upload.party(), table.headers(),
				table.rows().subList(0, Math.min(SAMPLE, table.rows().size())), table.rows().size(), fields, problems,
				summary);
	}

}
