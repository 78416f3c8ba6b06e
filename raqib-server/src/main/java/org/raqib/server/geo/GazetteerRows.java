package org.raqib.server.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;
import org.raqib.server.geo.GazetteerCsv.Column;

/** The place rows of a gazetteer CSV, each checked cell by cell; a row with a problem yields no entry. */
final class GazetteerRows {

	private final Map<Column, Integer> columns;

	private final ProblemList problems;

	private final List<Gazetteer.Entry> entries = new ArrayList<>();

	private final Map<String, Integer> firstLine = new HashMap<>();

	GazetteerRows(Map<Column, Integer> columns, ProblemList problems) {
		this.columns = columns;
		this.problems = problems;
	}

	List<Gazetteer.Entry> entries() {
		return this.entries;
	}

	void read(CSVRecord record, int line) {
		if (record.stream().allMatch(String::isBlank)) {
			return;
		}
		int before = this.problems.size();
		String code = code(record, line);
		String nameEn = required(record, line, Column.NAME_EN);
		String nameAr = required(record, line, Column.NAME_AR);
		List<String> aliases = Arrays.stream(cell(record, Column.ALIASES).split("\\|")).map(String::strip)
			.filter(alias -> !alias.isEmpty()).toList();
		double lat = number(record, line, Column.LAT);
		double lon = number(record, line, Column.LON);
		String problem = new PositionCheck(null).problem(lon, lat);
		if (problem != null && !Double.isNaN(lat) && !Double.isNaN(lon)) {
			this.problems.add(where(line, Column.LAT), problem, PositionCheck.text(lon), PositionCheck.text(lat));
		}
		String type = type(record, line);
		boolean approximate = approximate(record, line);
		if (this.problems.size() == before) {
			this.entries.add(new Gazetteer.Entry(code, nameEn, nameAr, aliases, lon, lat, type, approximate));
		}
	}

	private String code(CSVRecord record, int line) {
		String code = cell(record, Column.CODE);
		String where = where(line, Column.CODE);
		if (code.isEmpty()) {
			this.problems.add(where, "geo.error.id.missing");
		}
		else if (!FeatureReader.CODE.matcher(code).matches()) {
			this.problems.add(where, "geo.error.id.invalid", code);
		}
		else if (this.firstLine.containsKey(code)) {
			this.problems.add(where, "geo.error.id.duplicate", code, "line " + this.firstLine.get(code));
		}
		else {
			this.firstLine.put(code, line);
		}
		return code;
	}

	private String required(CSVRecord record, int line, Column column) {
		String text = cell(record, column);
		if (text.isEmpty()) {
			this.problems.add(where(line, column), "geo.error.name.missing", column.tag);
		}
		return text;
	}

	private double number(CSVRecord record, int line, Column column) {
		String text = cell(record, column);
		try {
			double value = Double.parseDouble(text);
			if (Double.isFinite(value) && text.matches("[+-]?[0-9.]+")) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		this.problems.add(where(line, column), "geo.error.csv.number", text);
		return Double.NaN;
	}

	private String type(CSVRecord record, int line) {
		String type = cell(record, Column.TYPE);
		if (type.isEmpty()) {
			return Feature.Kind.PLACE.code();
		}
		if (!FeatureReader.CODE.matcher(type).matches()) {
			this.problems.add(where(line, Column.TYPE), "geo.error.csv.type", type);
		}
		return type;
	}

	private boolean approximate(CSVRecord record, int line) {
		String text = cell(record, Column.APPROXIMATE).toLowerCase(Locale.ROOT);
		switch (text) {
			case "":
			case "false":
			case "no":
			case "0":
				return false;
			case "true":
			case "yes":
			case "1":
				return true;
			default:
				this.problems.add(where(line, Column.APPROXIMATE), "geo.error.csv.boolean", text);
				return false;
		}
	}

	private String cell(CSVRecord record, Column column) {
		Integer index = this.columns.get(column);
		return (index != null && index < record.size()) ? record.get(index).strip() : "";
	}

	private String where(int line, Column column) {
		Integer index = this.columns.get(column);
		return "line " + line + ((index != null) ? ", column " + (index + 1) : "");
	}

}
