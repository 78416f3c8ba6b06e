package org.raqib.server.movement;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.raqib.server.access.Party;
import org.raqib.server.system.InvalidInput;

/**
 * What every movement page needs of its agreement: its name, its parties' names in the reader's language,
 * the parties the reader records for, its passages, and its time zone for showing and reading local times.
 */
public record MovementPage(String id, String name, MovementRoom room, Map<String, String> partyNames,
		List<String> recordingFor) {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	static MovementPage of(String id, String name, MovementRoom room, List<Party> parties, Locale locale,
			List<String> recordingFor) {
		Map<String, String> names = new java.util.TreeMap<>();
		parties.stream().filter(p -> room.parties().contains(p.code())).forEach(p -> names.put(p.code(), p.name(locale)));
		return new MovementPage(id, name, room, names, recordingFor);
	}

	public String party(String code) {
		return this.partyNames.getOrDefault(code, code);
	}

	public String zone() {
		return this.room.zone().getId();
	}

	public String local(@Nullable Instant at) {
		return at == null ? "—" : LOCAL.format(at.atZone(this.room.zone()));
	}

	/** Local time only, for a window within a day. */
	public String clock(Instant at) {
		return DateTimeFormatter.ofPattern("HH:mm").format(at.atZone(this.room.zone()));
	}

	public String input(Instant at) {
		return at.atZone(this.room.zone()).toLocalDateTime().withSecond(0).withNano(0).toString();
	}

	public List<String> crossings() {
		return this.room.crossings().keySet().stream().sorted().toList();
	}

	public List<String> routes() {
		return this.room.routes().keySet().stream().sorted().toList();
	}

	public String crossingName(String id, String language) {
		return this.room.name(Passage.crossing(id), language);
	}

	public String routeName(String id, String language) {
		return this.room.name(Passage.route(id), language);
	}

	/** A form's local date and time in the agreement's zone, or a named error. */
	Instant time(String field, @Nullable String text) {
		if (text == null || text.isBlank()) {
			throw InvalidInput.of(field, "movement.form.required");
		}
		try {
			return LocalDateTime.parse(text.strip()).atZone(this.room.zone()).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw InvalidInput.of(field, "movement.form.not-time");
		}
	}

}
