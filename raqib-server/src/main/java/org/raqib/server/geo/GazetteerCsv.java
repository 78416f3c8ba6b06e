package org.raqib.server.geo;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.raqib.server.system.InvalidInput;

/**
 * The gazetteer's CSV: a row of headers for people, a row of HXL hashtags for programs, then one place per row.
 * Columns are found by their hashtag (its attributes in any order and case), so they may come in any order and
 * other columns may sit beside them. Problems are reported as {@code line N, column C}, counting both from 1.
 */
final class GazetteerCsv {

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

	private GazetteerCsv() {
	}

	static String write(Gazetteer gazetteer) {
		var out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
			printer.printRecord(Arrays.stream(Column.values()).map(c -> c.header).toList());
			// Bare, not quoted as CSV quotes a leading #: the hashtag row is meant to be read by people too.
			printer.getOut().append(String.join(",", Arrays.stream(Column.values()).map(c -> c.tag).toList()))
				.append("\n");
			for (Gazetteer.Entry e : gazetteer.entries()) {
				printer.printRecord(e.code(), e.nameEn(), e.nameAr(), String.join("|", e.aliases()),
						PositionCheck.text(e.lat()), PositionCheck.text(e.lon()), e.type(), e.approximate());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	static Gazetteer read(String text) {
		String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
		var lines = new LineNumbers(csv);
		List<CSVRecord> records = records(csv);
		int tagRow = (records.size() > 0 && isHashtagRow(records.get(0))) ? 0 : 1;
		if (records.size() <= tagRow || !isHashtagRow(records.get(tagRow))) {
			throw InvalidInput.of("line 2", "geo.error.csv.hxl-missing");
		}
		CSVRecord tags = records.get(tagRow);
		Map<Column, Integer> columns = columns(tags, "line " + lines.of(tags.getCharacterPosition()));
		var problems = new ProblemList();
		var rows = new GazetteerRows(columns, problems);
		for (CSVRecord record : records.subList(tagRow + 1, records.size())) {
			rows.read(record, lines.of(record.getCharacterPosition()));
		}
		problems.throwIfAny();
		return new Gazetteer(rows.entries());
	}

	private static List<CSVRecord> records(String csv) {
		CSVParser parser = null;
		try {
			parser = CSVParser.builder().setReader(new StringReader(csv)).setFormat(FORMAT).get();
			return parser.getRecords();
		}
		catch (IOException | UncheckedIOException ex) {
			long line = (parser != null) ? parser.getCurrentLineNumber() + 1 : 1;
			throw InvalidInput.of("line " + line, "geo.error.csv.syntax");
		}
	}

	private static boolean isHashtagRow(CSVRecord record) {
		return record.stream().map(String::strip).filter(cell -> !cell.isEmpty()).findFirst()
			.map(cell -> cell.startsWith("#")).orElse(false);
	}

	private static Map<Column, Integer> columns(CSVRecord tags, String where) {
		Map<Column, Integer> columns = new EnumMap<>(Column.class);
		for (int i = 0; i < tags.size(); i++) {
			Column column = Column.byTag(tags.get(i));
			if (column != null) {
				columns.putIfAbsent(column, i);
			}
		}
		var problems = new ProblemList();
		for (Column column : Column.values()) {
			if (column.required && !columns.containsKey(column)) {
				problems.add(where, "geo.error.csv.column-missing", column.tag);
			}
		}
		problems.throwIfAny();
		return columns;
	}

	/** The gazetteer's columns, in the order written, with their HXL hashtag. */
	enum Column {

		CODE("Code", "#loc+code", true), NAME_EN("Name (English)", "#loc+name+i_en", true),
		NAME_AR("Name (Arabic)", "#loc+name+i_ar", true), ALIASES("Aliases", "#loc+name+alias", false),
		LAT("Latitude", "#geo+lat", true), LON("Longitude", "#geo+lon", true), TYPE("Type", "#loc+type", false),
		APPROXIMATE("Approximate", "#meta+approximate", false);

		final String header;

		final String tag;

		final boolean required;

		Column(String header, String tag, boolean required) {
			this.header = header;
			this.tag = tag;
			this.required = required;
		}

		static @Nullable Column byTag(String cell) {
			Set<String> parts = parts(cell);
			for (Column column : values()) {
				if (parts(column.tag).equals(parts)) {
					return column;
				}
			}
			return null;
		}

		/** A hashtag as its name and its set of attributes: {@code #loc +i_en +name} is {@code #loc+name+i_en}. */
		private static Set<String> parts(String tag) {
			String compact = tag.replaceAll("\\s", "").toLowerCase(Locale.ROOT);
			if (!compact.startsWith("#")) {
				return Set.of();
			}
			String[] pieces = compact.substring(1).split("\\+", -1);
			var parts = new TreeSet<String>(Set.of("#" + pieces[0]));
			for (int i = 1; i < pieces.length; i++) {
				if (!pieces[i].isEmpty()) {
					parts.add("+" + pieces[i]);
				}
			}
			return parts;
		}

	}

	/** The line on which a character of the text falls. */
	static final class LineNumbers {

		private final String text;

		private final List<Integer> starts = new ArrayList<>(List.of(0));

		LineNumbers(String text) {
			this.text = text;
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
					this.starts.add(i + 1);
				}
			}
		}

		/** The line of a record starting at this position; it starts after any empty lines skipped before it. */
		int of(long position) {
			int at = (int) position;
			while (at < this.text.length() && (this.text.charAt(at) == '\n' || this.text.charAt(at) == '\r')) {
				at++;
			}
			int index = Collections.binarySearch(this.starts, at);
			return (index >= 0) ? index + 1 : -index - 1;
		}

	}

}
