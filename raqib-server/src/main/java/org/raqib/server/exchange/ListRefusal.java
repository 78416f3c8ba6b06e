package org.raqib.server.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.raqib.server.system.InvalidInput;
import org.raqib.server.system.InvalidInput.FieldProblem;
import org.raqib.server.system.Spreadsheet;

/**
 * A submission's refusal read back onto the file: {@code persons[i].field} becomes the row the i-th
 * person came from and the column that holds the field; the other problems stay with the form's fields.
 */
record ListRefusal(List<ListProblem> rows, List<FieldProblem> form) {

	private static final Pattern PERSON = Pattern.compile("persons\\[(\\d+)\\]\\.?(.*)");

	private static final Map<String, ListField> FIELDS = Map.ofEntries(Map.entry("nameAr", ListField.NAME_AR),
			Map.entry("nameLatin", ListField.NAME_LATIN), Map.entry("nameHe", ListField.NAME_HE),
			Map.entry("idNumber", ListField.ID_NUMBER), Map.entry("dateOfBirth", ListField.DATE_OF_BIRTH),
			Map.entry("birthYear", ListField.BIRTH_YEAR), Map.entry("place", ListField.PLACE),
			Map.entry("categories", ListField.CATEGORIES), Map.entry("forCategory", ListField.FOR),
			Map.entry("for", ListField.FOR), Map.entry("destination", ListField.DESTINATION));

	static ListRefusal of(InvalidInput invalid, ListCheck check, Spreadsheet table, ListMapping mapping) {
		var rows = new ArrayList<ListProblem>();
		var form = new ArrayList<FieldProblem>();
		for (FieldProblem problem : invalid.problems()) {
			Matcher matcher = PERSON.matcher(problem.field());
			int index = matcher.matches() ? Integer.parseInt(matcher.group(1)) : -1;
			if (index >= 0 && index < check.rows().size()) {
				rows.add(new ListProblem(check.rows().get(index), column(matcher.group(2), table, mapping),
						problem.code(), problem.arguments()));
			}
			else {
				form.add(problem);
			}
		}
		return new ListRefusal(rows, form);
	}

	/** The header of the column holding a field such as {@code data.nameAr}, or empty for the whole row. */
	private static String column(String path, Spreadsheet table, ListMapping mapping) {
		String name = path.substring(path.lastIndexOf('.') + 1).replaceAll("\\[\\d+\\]$", "");
		ListField field = FIELDS.get(name);
		if (field == null) {
			field = ListField.ofCode(name).orElse(null);
		}
		return field == null ? "" : mapping.column(field).map(table::header).orElse("");
	}

}
