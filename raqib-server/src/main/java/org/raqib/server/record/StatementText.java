package org.raqib.server.record;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.raqib.server.system.InvalidInput;

/**
 * What a statement says, as entered or as its payload carries it: the text in Arabic and/or English,
 * when it was made (UTC) and a link to the source.
 */
public record StatementText(@Nullable String textAr, @Nullable String textEn, @Nullable String occurredAt,
		@Nullable String link) {

	static final Set<String> FIELDS = Set.of("textAr", "textEn", "occurredAt", "link");

	static final int MAX_TEXT = 4000;

	public StatementText {
		textAr = blankToNull(textAr);
		textEn = blankToNull(textEn);
		occurredAt = blankToNull(occurredAt);
		link = blankToNull(link);
	}

	/** The payload: the fields present, in a fixed order. */
	byte[] payload() {
		var fields = new LinkedHashMap<String, Object>();
		put(fields, "textAr", this.textAr);
		put(fields, "textEn", this.textEn);
		fields.put("occurredAt", occurredInstant().toString());
		put(fields, "link", this.link);
		return Payloads.write(fields);
	}

	/** Accepts an instant ({@code 2025-01-18T10:00:00Z}) or a form's local date-time taken as UTC. */
	Instant occurredInstant() {
		if (this.occurredAt == null) {
			throw InvalidInput.of("occurredAt", "record.payload.required");
		}
		try {
			return this.occurredAt.endsWith("Z") ? Instant.parse(this.occurredAt)
					: LocalDateTime.parse(this.occurredAt).toInstant(ZoneOffset.UTC);
		}
		catch (DateTimeParseException ex) {
			throw InvalidInput.of("occurredAt", "record.payload.not-time");
		}
	}

	static StatementText read(byte[] payload) {
		Payloads fields = Payloads.object(payload, FIELDS);
		var text = new StatementText(fields.text("textAr", MAX_TEXT), fields.text("textEn", MAX_TEXT),
				fields.requiredInstant("occurredAt").toString(), fields.text("link", 500));
		if (text.textAr() == null && text.textEn() == null) {
			throw InvalidInput.of("textAr", "statement.text.required");
		}
		if (text.link() != null && !(text.link().startsWith("https://") || text.link().startsWith("http://"))) {
			throw InvalidInput.of("link", "statement.link.invalid");
		}
		return text;
	}

	private static void put(Map<String, Object> fields, String name, @Nullable String value) {
		if (value != null) {
			fields.put(name, value);
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
