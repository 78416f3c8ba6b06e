package org.raqib.server.aid;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.raqib.server.agreement.AgreementDefinition;
import org.raqib.server.geo.Crossing;
import org.raqib.server.system.InvalidInput;

/**
 * What every aid page needs of its agreement: its name, its parties' and crossings' names in the reader's
 * language, the parties the reader records for, whether the room is the demo's, and its time zone.
 */
public record AidPage(String id, AgreementDefinition.Names name, ZoneId zone, Map<String, String> partyNames,
		List<Crossing> crossings, List<String> actingFor, boolean arabic, boolean demo) {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	public String party(String code) {
		return this.partyNames.getOrDefault(code, code);
	}

	public String crossing(String id) {
		if (CompetingCounts.ALL_CROSSINGS.equals(id)) {
			return "*";
		}
		return this.crossings.stream()
			.filter(c -> c.id().equals(id))
			.map(c -> this.arabic ? c.nameAr() : c.nameEn())
			.findFirst()
			.orElse(id);
	}

	public String local(@Nullable Instant at) {
		return at == null ? "—" : LOCAL.format(at.atZone(this.zone));
	}

	/** For a {@code datetime-local} input. */
	public String input(Instant at) {
		return at.atZone(this.zone).toLocalDateTime().withSecond(0).withNano(0).toString();
	}

	/** A form's local date and time in the agreement's zone, or a named error. */
	Instant required(String field, @Nullable String text) {
		if (text == null || text.isBlank()) {
			throw InvalidInput.of(field, "aid.form.required");
		}
		try {
			return LocalDateTime.parse(text.strip()).atZone(this.zone).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw InvalidInput.of(field, "aid.form.not-time");
		}
	}

	static boolean arabic(Locale locale) {
		return "ar".equals(locale.getLanguage());
	}

}
