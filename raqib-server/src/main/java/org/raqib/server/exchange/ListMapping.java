package org.raqib.server.exchange;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.raqib.server.system.InvalidInput;
import org.raqib.server.system.InvalidInput.FieldProblem;

/** Which column of the file holds each field (by 0-based column), as suggested from the headers or chosen. */
record ListMapping(Map<ListField, Integer> columns) {

	ListMapping {
		columns = columns.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(columns));
	}

	/** Each field's first header that suggests it, a column serving one field only. */
	static ListMapping suggest(List<String> headers) {
		var columns = new EnumMap<ListField, Integer>(ListField.class);
		var taken = new HashSet<Integer>();
		for (ListField field : ListField.values()) {
			for (int i = 0; i < headers.size(); i++) {
				if (!taken.contains(i) && field.suggestedBy(headers.get(i))) {
					columns.put(field, i);
					taken.add(i);
					break;
				}
			}
		}
		return new ListMapping(columns);
	}

	/** The mapping a form chose ({@code column.name-ar=2}; empty when the field is not in the file). */
	static ListMapping chosen(Map<String, String> form, int width) {
		var columns = new EnumMap<ListField, Integer>(ListField.class);
		for (ListField field : ListField.values()) {
			String value = form.getOrDefault("column." + field.code(), "").strip();
			if (!value.isEmpty()) {
				try {
					int column = Integer.parseInt(value);
					if (column >= 0 && column < width) {
						columns.put(field, column);
					}
				}
				catch (NumberFormatException ex) {
					// a value no select offers: the field is left unmapped, as the page will show
				}
			}
		}
		return new ListMapping(columns);
	}

	Optional<Integer> column(ListField field) {
		return Optional.ofNullable(this.columns.get(field));
	}

	/** Refuses a mapping without a name column, categories or destination, or with a column used twice. */
	void check(List<String> headers) {
		var problems = new ArrayList<FieldProblem>();
		if (ListField.NAMES.stream().noneMatch(this.columns::containsKey)) {
			problems.add(new FieldProblem("mapping", "exchange.import.mapping.name-required", List.of()));
		}
		for (ListField required : List.of(ListField.CATEGORIES, ListField.DESTINATION)) {
			if (!this.columns.containsKey(required)) {
				problems.add(new FieldProblem("column." + required.code(), "exchange.import.mapping.required", List.of()));
			}
		}
		var seen = new HashSet<Integer>();
		for (ListField field : ListField.values()) {
			Integer column = this.columns.get(field);
			if (column != null && !seen.add(column)) {
				problems.add(new FieldProblem("column." + field.code(), "exchange.import.mapping.twice",
						List.of(headers.get(column))));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
	}

}
