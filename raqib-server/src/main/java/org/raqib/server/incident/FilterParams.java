package org.raqib.server.incident;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.raqib.server.system.InvalidInput;

/**
 * A filter as a page or the API asks for it, in request parameters: {@code from}, {@code to} (local days),
 * {@code event}, {@code type}, {@code status}, {@code party}, {@code bbox} (west,south,east,north) and
 * {@code limit}. Blank means any; a wrong value is refused naming the parameter.
 */
record FilterParams(@Nullable String from, @Nullable String to, @Nullable String event, @Nullable String type,
		@Nullable String status, @Nullable String party, @Nullable String bbox, @Nullable Integer limit) {

	static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

	IncidentFilter filter(int defaultLimit) {
		LocalDate first = day("from", this.from, EARLIEST);
		LocalDate last = day("to", this.to, LATEST);
		if (last.isBefore(first)) {
			throw InvalidInput.of("to", "incident.window.backwards");
		}
		IncidentType.Event e = blank(this.event) ? null : IncidentType.Event.ofCode(this.event)
			.orElseThrow(() -> InvalidInput.of("event", "incident.code.unknown", this.event, Codes.list(IncidentType.Event.class)));
		IncidentType t = blank(this.type) ? null : IncidentType.ofCode(this.type)
			.orElseThrow(() -> InvalidInput.of("type", "incident.code.unknown", this.type, Codes.list(IncidentType.class)));
		Set<IncidentStatus> statuses = blank(this.status) ? Set.of() : Set.of(IncidentStatus.ofCode(this.status)
			.orElseThrow(() -> InvalidInput.of("status", "incident.code.unknown", this.status, Codes.list(IncidentStatus.class))));
		int cap = this.limit == null ? defaultLimit : this.limit;
		if (cap < 1 || cap > IncidentFilter.MAX_LIMIT) {
			throw InvalidInput.of("limit", "record.payload.out-of-range", 1, IncidentFilter.MAX_LIMIT);
		}
		return new IncidentFilter(first, last, e, t, statuses, blank(this.party) ? null : this.party.strip(), box(),
				cap);
	}

	private IncidentFilter.@Nullable Box box() {
		if (blank(this.bbox)) {
			return null;
		}
		String[] parts = this.bbox.split(",");
		try {
			if (parts.length == 4) {
				var box = new IncidentFilter.Box(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
						Double.parseDouble(parts[2]), Double.parseDouble(parts[3]));
				if (box.west() >= -180 && box.east() <= 180 && box.south() >= -90 && box.north() <= 90
						&& box.west() <= box.east() && box.south() <= box.north()) {
					return box;
				}
			}
		}
		catch (NumberFormatException ex) {
			// refused below with the parameter's name
		}
		throw InvalidInput.of("bbox", "incident.bbox.invalid", this.bbox);
	}

	private static LocalDate day(String field, @Nullable String text, LocalDate otherwise) {
		if (blank(text)) {
			return otherwise;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw InvalidInput.of(field, "record.payload.not-date");
		}
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}

	boolean isEmpty() {
		return blank(this.from) && blank(this.to) && blank(this.event) && blank(this.type) && blank(this.status)
				&& blank(this.party);
	}

}
