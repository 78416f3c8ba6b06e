package org.raqib.server.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.regex.Pattern;

import org.raqib.server.record.Payloads;
import org.raqib.server.system.InvalidInput;

/**
 * {@code report.published/v1}: which daily report was published, for which day and period, and the
 * SHA-256 of each document published (the JSON document, the PDF in each language, the CSV annex), so
 * anyone holding one of them can prove it is the one the room published, and when.
 */
record Publication(LocalDate day, int number, Instant from, Instant until, String document, String pdfEn,
		String pdfAr, String csv) {

	static final Set<String> FIELDS = Set.of("day", "number", "from", "until", "document", "pdfEn", "pdfAr", "csv");

	private static final Pattern SHA256 = Pattern.compile("sha256:[0-9a-f]{64}");

	static Publication read(byte[] payload) {
		Payloads p = Payloads.object(payload, FIELDS);
		return new Publication(p.requiredDate("day"), (int) p.requiredNumber("number", 1, 100_000),
				p.requiredInstant("from"), p.requiredInstant("until"), sha(p, "document"), sha(p, "pdfEn"),
				sha(p, "pdfAr"), sha(p, "csv"));
	}

	private static String sha(Payloads p, String field) {
		String value = p.requiredText(field, 71);
		if (!SHA256.matcher(value).matches()) {
			throw InvalidInput.of(field, "report.payload.sha256");
		}
		return value;
	}

	byte[] payload() {
		var fields = new LinkedHashMap<String, Object>();
		fields.put("day", this.day.toString());
		fields.put("number", this.number);
		fields.put("from", this.from.toString());
		fields.put("until", this.until.toString());
		fields.put("document", this.document);
		fields.put("pdfEn", this.pdfEn);
		fields.put("pdfAr", this.pdfAr);
		fields.put("csv", this.csv);
		return Payloads.write(fields);
	}

	static String sha256(byte[] bytes) {
		return "sha256:" + java.util.HexFormat.of().formatHex(org.raqib.tlog.Hashes.sha256(bytes));
	}

}
