package org.raqib.server.system;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file: strict UTF-8 (a byte-order mark is allowed), its delimiter ({@code ,} {@code ;} or tab)
 * the one the header line uses most, each row numbered by the line it starts on.
 */
final class SpreadsheetCsv {

	private SpreadsheetCsv() {
	}

	static Spreadsheet read(byte[] bytes) {
		String text = utf8(bytes);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		int[] lineStarts = lineStarts(text);
		CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(true).get();
		try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
			Iterator<CSVRecord> records = parser.iterator();
			if (!records.hasNext()) {
				throw InvalidInput.of(SpreadsheetFile.FIELD, "exchange.import.file.no-header");
			}
			var table = new SpreadsheetFile.Builder(records.next().toList());
			while (hasNext(records, parser)) {
				CSVRecord record = records.next();
				table.add(line(lineStarts, record.getCharacterPosition()), record.toList());
			}
			return table.table();
		}
		catch (IOException ex) {
			throw InvalidInput.of(SpreadsheetFile.FIELD, "exchange.import.file.unreadable");
		}
	}

	private static boolean hasNext(Iterator<CSVRecord> records, CSVParser parser) {
		try {
			return records.hasNext();
		}
		catch (UncheckedIOException | IllegalStateException ex) {
			throw InvalidInput.of(SpreadsheetFile.FIELD, "exchange.import.file.malformed",
					String.valueOf(parser.getCurrentLineNumber() + 1));
		}
	}

	/** The bytes as UTF-8, or an error naming the line of the first bytes that are not. */
	static String utf8(byte[] bytes) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length + 1);
		CoderResult result = decoder.decode(in, out, true);
		if (!result.isError()) {
			result = decoder.flush(out);
		}
		if (result.isError()) {
			int line = 1;
			for (int i = 0; i < in.position(); i++) {
				if (bytes[i] == '\n') {
					line++;
				}
			}
			throw InvalidInput.of(SpreadsheetFile.FIELD, "exchange.import.file.encoding", String.valueOf(line));
		}
		return out.flip().toString();
	}

	/** The delimiter the first line uses most, outside quotes; a comma when it uses none. */
	static char delimiter(String text) {
		int comma = 0;
		int semicolon = 0;
		int tab = 0;
		boolean quoted = false;
		for (int i = 0; i < text.length() && (quoted || text.charAt(i) != '\n'); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted && c == ',') {
				comma++;
			}
			else if (!quoted && c == ';') {
				semicolon++;
			}
			else if (!quoted && c == '\t') {
				tab++;
			}
		}
		if (semicolon > comma && semicolon >= tab) {
			return ';';
		}
		return tab > comma ? '\t' : ',';
	}

	private static int[] lineStarts(String text) {
		var starts = new ArrayList<Integer>();
		starts.add(0);
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				starts.add(i + 1);
			}
		}
		return starts.stream().mapToInt(Integer::intValue).toArray();
	}

	private static int line(int[] lineStarts, long position) {
		int found = java.util.Arrays.binarySearch(lineStarts, (int) position);
		return (found >= 0 ? found : -found - 2) + 1;
	}

}
