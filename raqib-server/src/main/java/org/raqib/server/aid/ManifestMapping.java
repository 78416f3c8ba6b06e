package org.raqib.server.aid;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.raqib.server.system.ColumnHeaders;
import org.raqib.server.system.InvalidInput;
import org.raqib.server.system.InvalidInput.FieldProblem;

/** Which column of a manifest holds each field (by 0-based column), as suggested from the headers or chosen. */
record ManifestMapping(Map<ManifestField, Integer> columns) {

	ManifestMapping {
		columns = columns.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(columns));
	}

	static ManifestMapping suggest(List<String> headers) {
		var columns = new EnumMap<ManifestField, Integer>(ManifestField.class);
		var taken = new HashSet<Integer>();
		for (ManifestField field : ManifestField.values()) {
			int column = ColumnHeaders.find(headers, field.code(), field.headers(), taken);
			if (column >= 0) {
				columns.put(field, column);
				taken.add(column);
			}
		}
		return new ManifestMapping(columns);
	}

	/** The mapping a form chose ({@code column.trucks=2}; empty when the field is not in the file). */
	static ManifestMapping chosen(Map<String, String> form, int width) {
		var columns = new EnumMap<ManifestField, Integer>(ManifestField.class);
		for (ManifestField field : ManifestField.values()) {
			try {
				int column = Integer.parseInt(form.getOrDefault("column." + field.code(), "").strip());
				if (column >= 0 && column < width) {
					columns.put(field, column);
				}
			}
			catch (NumberFormatException ex) {
				// not mapped: the page shows the field without a column
			}
		}
		return new ManifestMapping(columns);
	}

	Optional<Integer> column(ManifestField field) {
		return Optional.ofNullable(this.columns.get(field));
	}

	/** Refuses a mapping without a required field, or with a column used twice. */
	void check(List<String> headers) {
		var problems = new ArrayList<FieldProblem>();
		ManifestField.REQUIRED.stream().filter(f -> !this.columns.containsKey(f))
			.forEach(f -> problems.add(new FieldProblem("column." + f.code(), "aid.import.mapping.required", List.of())));
		var seen = new HashSet<Integer>();
		for (ManifestField field : ManifestField.values()) {
			Integer column = this.columns.get(field);
			if (column != null && !seen.add(column)) {
				problems.add(new FieldProblem("column." + field.code(), "aid.import.mapping.twice",
						List.of(headers.get(column))));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
	}

}
