package org.raqib.server.aid;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.raqib.server.aid.Codes.Cargo;
import org.raqib.server.aid.Codes.CargoUnit;
import org.raqib.server.geo.Crossing;
import org.raqib.server.system.ColumnHeaders;
import org.raqib.server.system.Spreadsheet;

/**
 * Turns every row of a mapped manifest into a consignment and the stage it reached, or into the problems
 * that stop it, each named by row and column: unknown crossings, categories and units, numbers out of
 * range, references twice in the file or already in the record, times unreadable, in the future or out of
 * order. The record is asked which references it holds; nothing is appended here.
 */
final class ManifestRows {

	/** What the check needs of the agreement and the record. */
	record Context(AgreementPlaces.Places places, Predicate<String> recorded, Instant now) {
	}

	private final Spreadsheet table;

	private final ManifestMapping mapping;

	private final Context context;

	private final List<ManifestProblem> problems = new ArrayList<>();

	private final Map<String, Integer> references = new HashMap<>();

	private ManifestRows(Spreadsheet table, ManifestMapping mapping, Context context) {
		this.table = table;
		this.mapping = mapping;
		this.context = context;
	}

	static ManifestCheck check(Spreadsheet table, ManifestMapping mapping, Context context) {
		mapping.check(table.headers());
		var rows = new ManifestRows(table, mapping, context);
		var lines = new ArrayList<ManifestLine>();
		for (Spreadsheet.Row row : table.rows()) {
			int before = rows.problems.size();
			ManifestLine line = rows.line(row);
			if (rows.problems.size() == before && line != null) {
				lines.add(line);
			}
		}
		return new ManifestCheck(lines, rows.problems);
	}

	private @Nullable ManifestLine line(Spreadsheet.Row row) {
		String reference = reference(row);
		String agency = text(row, ManifestField.AGENCY, 120, true);
		String origin = text(row, ManifestField.ORIGIN, 120, false);
		String crossing = crossing(row);
		String destination = destination(row);
		Integer trucks = number(row, ManifestField.TRUCKS, AidPayloads.MAX_TRUCKS);
		Cargo category = code(row, ManifestField.CATEGORY, Cargo.class);
		Integer quantity = number(row, ManifestField.QUANTITY, AidPayloads.MAX_QUANTITY);
		CargoUnit unit = code(row, ManifestField.UNIT, CargoUnit.class);
		Stage reached = stage(row);
		Instant reachedAt = time(row, ManifestField.STAGE_AT, reached != Stage.REGISTERED);
		Instant registeredAt = time(row, ManifestField.REGISTERED_AT, false);
		if (registeredAt != null && reachedAt != null && registeredAt.isAfter(reachedAt)) {
			problem(row, ManifestField.REGISTERED_AT, "aid.import.row.out-of-order");
		}
		if (reference == null || agency == null || crossing == null || destination == null || trucks == null
				|| category == null || quantity == null || unit == null || reached == null) {
			return null;
		}
		Instant at = registeredAt != null ? registeredAt : reachedAt != null ? reachedAt : this.context.now();
		var consignment = new Consignments.NewConsignment(reference, agency, origin, crossing, destination, trucks,
				List.of(new Consignment.Line(Codes.code(category), quantity, Codes.code(unit))), at);
		return new ManifestLine(row.number(), consignment, reached, reachedAt != null ? reachedAt : at);
	}

	private @Nullable String reference(Spreadsheet.Row row) {
		String reference = text(row, ManifestField.REFERENCE, 60, true);
		if (reference == null) {
			return null;
		}
		if (!AidPayloads.REFERENCE.matcher(reference).matches()) {
			return problem(row, ManifestField.REFERENCE, "aid.import.row.reference-invalid", reference);
		}
		Integer first = this.references.putIfAbsent(reference, row.number());
		if (first != null) {
			return problem(row, ManifestField.REFERENCE, "aid.import.row.duplicate", reference, String.valueOf(first));
		}
		if (this.context.recorded().test(reference)) {
			return problem(row, ManifestField.REFERENCE, "aid.import.row.recorded", reference);
		}
		return reference;
	}

	/** A crossing by its identifier or its English or Arabic name. */
	private @Nullable String crossing(Spreadsheet.Row row) {
		String text = text(row, ManifestField.CROSSING, 120, true);
		if (text == null) {
			return null;
		}
		String wanted = ColumnHeaders.normalised(text);
		for (Crossing c : this.context.places().crossings()) {
			if (c.id().equals(text) || wanted.equals(ColumnHeaders.normalised(c.id()))
					|| wanted.equals(ColumnHeaders.normalised(c.nameEn())) || wanted.equals(ColumnHeaders.normalised(c.nameAr()))) {
				return c.id();
			}
		}
		return problem(row, ManifestField.CROSSING, "aid.import.row.crossing-unknown", text,
				this.context.places().crossings().stream().map(Crossing::id).collect(Collectors.joining(", ")));
	}

	private @Nullable String destination(Spreadsheet.Row row) {
		String text = text(row, ManifestField.DESTINATION, 40, true);
		if (text == null) {
			return null;
		}
		String h = ColumnHeaders.normalised(text);
		if (h.equals("north") || h.equals("شمال") || h.equals("الشمال")) {
			return "north";
		}
		if (h.equals("south") || h.equals("جنوب") || h.equals("الجنوب")) {
			return "south";
		}
		return problem(row, ManifestField.DESTINATION, "aid.import.row.destination-unknown", text);
	}

	private @Nullable Integer number(Spreadsheet.Row row, ManifestField field, int max) {
		String text = text(row, field, 20, true);
		if (text == null) {
			return null;
		}
		try {
			long value = Long.parseLong(text.replace(",", "").replaceAll("\\.0+$", ""));
			if (value >= 1 && value <= max) {
				return (int) value;
			}
		}
		catch (NumberFormatException ex) {
			// named below
		}
		return problem(row, field, "aid.import.row.number", text, String.valueOf(max));
	}

	private <E extends Enum<E>> @Nullable E code(Spreadsheet.Row row, ManifestField field, Class<E> type) {
		String text = text(row, field, 40, true);
		if (text == null) {
			return null;
		}
		String code = text.toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
		return Codes.of(type, code).orElseGet(() -> problem(row, field, "aid.import.row.code-unknown", text,
				Arrays.stream(type.getEnumConstants()).map(Codes::code).collect(Collectors.joining(", "))));
	}

	private @Nullable Stage stage(Spreadsheet.Row row) {
		String text = text(row, ManifestField.STAGE, 40, false);
		if (text == null) {
			return Stage.REGISTERED;
		}
		return Stage.ofCode(text.toLowerCase(Locale.ROOT)).filter(ManifestLine.PATH::contains)
			.orElseGet(() -> problem(row, ManifestField.STAGE, "aid.import.row.stage-unknown", text,
					ManifestLine.PATH.stream().map(Stage::code).collect(Collectors.joining(", "))));
	}

	/** A local time in the agreement's zone ({@code 2025-01-19 12:30}), or one with its offset. */
	private @Nullable Instant time(Spreadsheet.Row row, ManifestField field, boolean required) {
		String text = text(row, field, 40, required);
		if (text == null) {
			return null;
		}
		Instant at = parse(text.replace(' ', 'T'));
		if (at == null) {
			return problem(row, field, "aid.import.row.time", text);
		}
		if (ConsignmentRules.notInFuture(at, this.context.now()).isPresent()) {
			return problem(row, field, "aid.import.row.in-future", text);
		}
		return at;
	}

	private @Nullable Instant parse(String text) {
		try {
			return LocalDateTime.parse(text).atZone(this.context.places().zone()).toInstant();
		}
		catch (DateTimeParseException ex) {
			try {
				return OffsetDateTime.parse(text).toInstant();
			}
			catch (DateTimeParseException again) {
				return null;
			}
		}
	}

	private @Nullable String text(Spreadsheet.Row row, ManifestField field, int max, boolean required) {
		String text = this.mapping.column(field).map(row::cell).map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
		if (text == null && required) {
			return problem(row, field, "aid.import.row.required");
		}
		if (text != null && text.length() > max) {
			return problem(row, field, "aid.import.row.too-long", String.valueOf(max));
		}
		return text;
	}

	private <T> @Nullable T problem(Spreadsheet.Row row, ManifestField field, String code, Object... arguments) {
		String column = this.mapping.column(field).map(this.table::header).orElse("");
		this.problems.add(new ManifestProblem(row.number(), column, code, List.of(arguments)));
		return null;
	}

}
