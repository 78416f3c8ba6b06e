package org.raqib.server.exchange;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.raqib.server.system.Spreadsheet;
import org.springframework.context.MessageSource;

/**
 * What the mapping and check pages show of an upload: its first rows, each field's chosen column, and
 * the check's problems in the user's language or its summary.
 */
record ListImportView(String fileName, ListImportForm form, List<String> headers, List<Spreadsheet.Row> sample,
		int rows, List<FieldChoice> fields, @Nullable List<ProblemRow> problems, @Nullable Summary summary) {

	static final int SAMPLE = 20;

	/** A field and the column chosen for it ({@code ""} when none). */
	record FieldChoice(String code, String messageKey, boolean required, String column) {
	}

	record ProblemRow(int row, String column, String message) {
	}

	record Summary(int persons, Map<String, Long> byCategory, Map<String, Long> byDestination) {
	}

	static ListImportView of(ListUpload upload, @Nullable ListCheck check, MessageSource messages, Locale locale) {
		Spreadsheet table = upload.table();
		List<FieldChoice> fields = java.util.Arrays.stream(ListField.values())
			.map(f -> new FieldChoice(f.code(), f.messageKey(),
					f == ListField.CATEGORIES || f == ListField.DESTINATION,
					upload.mapping().column(f).map(String::valueOf).orElse("")))
			.toList();
		List<ProblemRow> problems = check == null ? null : check.problems().stream()
			.map(p -> new ProblemRow(p.row(), p.column(),
					messages.getMessage(p.code(), p.arguments().toArray(), p.code(), locale)))
			.toList();
		Summary summary = check == null || !check.valid() ? null
				: new Summary(check.persons().size(), check.byCategory(), check.byDestination());
		return new ListImportView(upload.fileName(), upload.form(), table.headers(),
				table.rows().subList(0, Math.min(SAMPLE, table.rows().size())), table.rows().size(), fields, problems,
				summary);
	}

}
