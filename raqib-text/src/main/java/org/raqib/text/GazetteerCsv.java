package org.raqib.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads gazetteer CSV files: RFC 4180 cells, an HXL hashtag row (row 1 or 2) by which columns are found, one
 * entry per later row. Places use the server's format (docs/gazetteer.md: {@code #loc+code},
 * {@code #loc+name+i_en}, {@code #loc+name+i_ar}, {@code #loc+name+alias}, {@code #geo+lat}, {@code #geo+lon},
 * {@code #loc+type}); people and organisations the same columns under {@code #person} and {@code #org}. An
 * extra {@code +name+adjective} column holds a country's adjectives. Other columns are ignored.
 */
final class GazetteerCsv {

	private static final String[][] KINDS = { { "#person", EntityMention.PERSON }, { "#loc", EntityMention.PLACE },
			{ "#org", EntityMention.ORGANISATION } };

	private GazetteerCsv() {
	}

	static List<GazetteerEntry> read(String csv, String name) {
		List<List<String>> rows = rows(csv.startsWith("\uFEFF") ? csv.substring(1) : csv, name);
		int tagRow = !rows.isEmpty() && isTagRow(rows.get(0)) ? 0 : 1;
		if (rows.size() <= tagRow || !isTagRow(rows.get(tagRow))) {
			throw new IllegalArgumentException(name + ": no HXL hashtag row");
		}
		Map<String, Integer> columns = new HashMap<>();
		List<String> tags = rows.get(tagRow);
		for (int i = 0; i < tags.size(); i++) {
			columns.putIfAbsent(hashtag(tags.get(i)), i);
		}
		for (String[] kind : KINDS) {
			if (columns.containsKey(hashtag(kind[0] + "+code"))) {
				return entries(rows.subList(tagRow + 1, rows.size()), columns, kind[0], kind[1]);
			}
		}
		throw new IllegalArgumentException(name + ": no #loc+code, #person+code or #org+code column");
	}

	private static List<GazetteerEntry> entries(List<List<String>> rows, Map<String, Integer> columns, String base,
			String type) {
		var entries = new ArrayList<GazetteerEntry>();
		for (List<String> row : rows) {
			String code = cell(row, columns, base + "+code");
			if (code.isEmpty()) {
				continue;
			}
			String lat = cell(row, columns, "#geo+lat");
			String lon = cell(row, columns, "#geo+lon");
			entries.add(new GazetteerEntry(code, type, cell(row, columns, base + "+type"),
					cell(row, columns, base + "+name+i_en"), cell(row, columns, base + "+name+i_ar"),
					split(cell(row, columns, base + "+name+alias")), split(cell(row, columns, base + "+name+adjective")),
					lat.isEmpty() ? null : Double.valueOf(lat), lon.isEmpty() ? null : Double.valueOf(lon)));
		}
		return entries;
	}

	private static String cell(List<String> row, Map<String, Integer> columns, String tag) {
		Integer i = columns.get(hashtag(tag));
		return i == null || i >= row.size() ? "" : row.get(i).strip();
	}

	private static List<String> split(String cell) {
		return Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private static boolean isTagRow(List<String> row) {
		return !row.isEmpty() && row.get(0).strip().startsWith("#");
	}

	/** A hashtag with its attributes in a fixed order, lower case and without spaces. */
	static String hashtag(String tag) {
		String[] parts = tag.replace(" ", "").toLowerCase(Locale.ROOT).split("\\+");
		Arrays.sort(parts, 1, parts.length);
		return String.join("+", parts);
	}

	/** RFC 4180 rows; blank lines are skipped. */
	static List<List<String>> rows(String csv, String name) {
		var rows = new ArrayList<List<String>>();
		var row = new ArrayList<String>();
		var cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < csv.length(); i++) {
			char c = csv.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				row.add(cell.toString());
				cell.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				endRow(rows, row, cell);
				row = new ArrayList<>();
			}
			else {
				cell.append(c);
			}
		}
		if (quoted) {
			throw new IllegalArgumentException(name + ": unclosed quote");
		}
		endRow(rows, row, cell);
		return rows;
	}

	private static void endRow(List<List<String>> rows, List<String> row, StringBuilder cell) {
		row.add(cell.toString());
		cell.setLength(0);
		if (row.size() > 1 || !row.get(0).isBlank()) {
			rows.add(row);
		}
	}

}
