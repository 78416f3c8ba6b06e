package org.raqib.server.exchange;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.raqib.server.access.Party;
import org.raqib.server.agreement.AgreementDefinition;
import org.raqib.server.system.InvalidInput;

/**
 * What every exchange page needs of its agreement: its name, its parties' names in the reader's
 * language, what each party does, and its time zone for showing and reading local times.
 */
public record PageContext(String id, AgreementDefinition.Names name, ZoneId zone, Map<String, String> partyNames,
		RoomParties roles, List<String> actingFor) {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	static PageContext of(AgreementDefinition definition, List<Party> parties, Locale locale, List<String> actingFor) {
		Set<String> codes = definition.parties().stream().map(AgreementDefinition.AgreementParty::party)
			.collect(java.util.stream.Collectors.toSet());
		Map<String, String> names = new java.util.TreeMap<>();
		parties.stream().filter(p -> codes.contains(p.code())).forEach(p -> names.put(p.code(), p.name(locale)));
		return new PageContext(definition.id(), definition.name(), ZoneId.of(definition.timeZone()), names,
				RoomParties.of(definition), actingFor);
	}

	public String party(String code) {
		return this.partyNames.getOrDefault(code, code);
	}

	/** A time in the agreement's zone, as the room reads it. */
	public String local(@Nullable Instant at) {
		return at == null ? "—" : LOCAL.format(at.atZone(this.zone));
	}

	/** For a {@code datetime-local} input. */
	public String input(@Nullable Instant at) {
		return at == null ? "" : at.atZone(this.zone).toLocalDateTime().withSecond(0).withNano(0).toString();
	}

	/** A form's local date and time in the agreement's zone, or a named error. */
	Instant required(String field, @Nullable String text) {
		Instant at = optional(field, text);
		if (at == null) {
			throw InvalidInput.of(field, "exchange.form.required");
		}
		return at;
	}

	@Nullable Instant optional(String field, @Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(text.strip()).atZone(this.zone).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw InvalidInput.of(field, "exchange.form.not-time");
		}
	}

}
