package org.raqib.server.movement;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;
import org.raqib.server.system.InvalidInput;

/** Reading the words forms and API bodies use (a crossing or route, a category…) into the module's values. */
final class MovementInput {

	private MovementInput() {
	}

	/** {@code crossing:rafah-crossing} or {@code route:al-rashid-road}, as the forms' passage field gives it. */
	static Passage passage(@Nullable String text) {
		if (text == null || !text.contains(":")) {
			throw InvalidInput.of("passage", "movement.form.required");
		}
		String kind = text.substring(0, text.indexOf(':'));
		return Passage.of(kind, text.substring(text.indexOf(':') + 1));
	}

	static Passage passage(@Nullable String crossing, @Nullable String route) {
		if ((crossing == null) == (route == null)) {
			throw InvalidInput.of("crossing", "movement.passage.one");
		}
		return crossing != null ? Passage.crossing(crossing) : Passage.route(route);
	}

	static Direction direction(@Nullable String code) {
		return Direction.ofCode(code == null ? "" : code)
			.orElseThrow(() -> InvalidInput.of("direction", "movement.direction.unknown", String.valueOf(code)));
	}

	static MovementCategory category(@Nullable String code) {
		return MovementCategory.ofCode(code == null ? "" : code)
			.orElseThrow(() -> InvalidInput.of("category", "movement.category.unknown", String.valueOf(code)));
	}

	static @Nullable TravelMode mode(@Nullable String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		return TravelMode.ofCode(code).orElseThrow(() -> InvalidInput.of("mode", "movement.mode.unknown", code));
	}

	static SourceKind sourceKind(@Nullable String code) {
		return SourceKind.ofCode(code == null ? "" : code)
			.orElseThrow(() -> InvalidInput.of("sourceKind", "movement.source.kind.unknown", String.valueOf(code)));
	}

	static long count(@Nullable String text) {
		try {
			return Long.parseLong(text == null ? "" : text.strip());
		}
		catch (NumberFormatException ex) {
			throw InvalidInput.of("count", "movement.form.not-number");
		}
	}

	static LocalDate day(String field, @Nullable String text) {
		try {
			return LocalDate.parse(text == null ? "" : text.strip());
		}
		catch (DateTimeParseException ex) {
			throw InvalidInput.of(field, "movement.form.not-day");
		}
	}

}
