package org.raqib.server.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.raqib.server.system.InvalidInput;
import org.raqib.server.system.InvalidInput.FieldProblem;

/**
 * A report from text fields (a form, a row of an imported sheet): each field parsed, every problem named by
 * its field, and the report built only when there is none. Times are the agreement's local time
 * ({@code 2020-03-07 06:00}, or a date alone) or an instant with its offset.
 */
final class IncidentInput {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd[ ]['T']HH:mm[:ss]");

	private final Map<IncidentField, String> fields;

	private final ZoneId zone;

	private final List<FieldProblem> problems = new ArrayList<>();

	private IncidentInput(Map<IncidentField, String> fields, ZoneId zone) {
		this.fields = fields;
		this.zone = zone;
	}

	/** The report the fields give. @throws InvalidInput naming every field that is wrong. */
	static IncidentReport report(Map<IncidentField, String> fields, ZoneId zone, boolean demo) {
		var input = new IncidentInput(fields, zone);
		IncidentReport report = input.read(demo);
		if (!input.problems.isEmpty()) {
			throw new InvalidInput(input.problems);
		}
		return report;
	}

	private IncidentReport read(boolean demo) {
		Instant from = time(IncidentField.FROM);
		Instant to = text(IncidentField.TO) == null ? from : time(IncidentField.TO);
		double lon = decimal(IncidentField.LON, 0);
		double lat = decimal(IncidentField.LAT, 0);
		IncidentType type = type();
		var actors = new ArrayList<IncidentReport.Actor>();
		actor(1, IncidentField.ACTOR1, IncidentField.INTER1, actors);
		actor(2, IncidentField.ACTOR2, IncidentField.INTER2, actors);
		String responsible = text(IncidentField.RESPONSIBLE);
		var casualties = new IncidentReport.Casualties(number(IncidentField.KILLED_CIVILIANS),
				number(IncidentField.KILLED_COMBATANTS), number(IncidentField.INJURED_CIVILIANS),
				number(IncidentField.INJURED_COMBATANTS), number(IncidentField.WOMEN), number(IncidentField.CHILDREN));
		var source = new IncidentReport.Source(
				code(IncidentField.SOURCE_KIND, Fields.SourceKind.class, Fields.SourceKind.MONITOR),
				required(IncidentField.SOURCE, ""),
				code(IncidentField.RELIABILITY, Fields.Reliability.class, Fields.Reliability.UNKNOWN),
				text(IncidentField.SOURCE_LINK));
		var narrative = new IncidentReport.Narrative(text(IncidentField.NARRATIVE_AR), text(IncidentField.NARRATIVE_EN));
		if (narrative.ar() == null && narrative.en() == null) {
			this.problems.add(new FieldProblem(IncidentField.NARRATIVE_EN.code(), "incident.narrative.required",
					List.of()));
		}
		return new IncidentReport(from == null ? Instant.EPOCH : from, to == null ? Instant.EPOCH : to,
				(int) precision(IncidentField.TIME_PRECISION), lon, lat, (int) precision(IncidentField.GEO_PRECISION),
				text(IncidentField.LOCATION), type == null ? IncidentType.OTHER : type, responsible, actors,
				observation(), casualties, List.of(source), narrative, List.of(), demo);
	}

	private IncidentReport.@Nullable Observation observation() {
		if (text(IncidentField.DETECTION) == null && text(IncidentField.WEAPON) == null) {
			return null;
		}
		String count = text(IncidentField.COUNT);
		String from = text(IncidentField.DISTANCE_FROM);
		String to = text(IncidentField.DISTANCE_TO);
		return new IncidentReport.Observation(
				code(IncidentField.DETECTION, Fields.Detection.class, Fields.Detection.REPORT),
				text(IncidentField.WEAPON) == null ? null : code(IncidentField.WEAPON, Fields.Weapon.class, null),
				count == null ? null : number(IncidentField.COUNT), text(IncidentField.BEARING),
				from == null ? null : decimal(IncidentField.DISTANCE_FROM, 0),
				to == null ? null : decimal(IncidentField.DISTANCE_TO, 0), text(IncidentField.DIRECTION_OF_FIRE),
				text(IncidentField.OBSERVER_POST));
	}

	private void actor(int side, IncidentField name, IncidentField inter, List<IncidentReport.Actor> actors) {
		String actor = text(name);
		if (actor == null) {
			return;
		}
		String code = text(inter);
		Fields.ActorClass actorClass = Fields.ActorClass.STATE_FORCES;
		if (code != null) {
			Optional<Fields.ActorClass> parsed = code.matches("[1-8]") ? Fields.ActorClass.ofInter(Integer.parseInt(code))
					: Codes.parse(Fields.ActorClass.class, code);
			if (parsed.isEmpty()) {
				problem(inter, "incident.code.unknown", code, "1–8, " + Codes.list(Fields.ActorClass.class));
			}
			actorClass = parsed.orElse(actorClass);
		}
		actors.add(new IncidentReport.Actor(side, actor, actorClass, null));
	}

	private @Nullable IncidentType type() {
		String type = required(IncidentField.TYPE, null);
		if (type == null) {
			return null;
		}
		Optional<IncidentType> parsed = IncidentType.ofAcled(type);
		if (parsed.isEmpty()) {
			problem(IncidentField.TYPE, "incident.code.unknown", type, Codes.list(IncidentType.class));
		}
		return parsed.orElse(null);
	}

	private @Nullable Instant time(IncidentField field) {
		String text = required(field, null);
		if (text == null) {
			return null;
		}
		try {
			if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d$")) {
				return java.time.OffsetDateTime.parse(text).toInstant();
			}
			if (text.length() == 10) {
				return LocalDate.parse(text).atStartOfDay(this.zone).toInstant();
			}
			return LocalDateTime.parse(text, LOCAL).atZone(this.zone).toInstant();
		}
		catch (DateTimeParseException ex) {
			problem(field, "incident.time.invalid", text);
			return null;
		}
	}

	private double decimal(IncidentField field, double otherwise) {
		String text = required(field, null);
		if (text == null) {
			return otherwise;
		}
		try {
			return Double.parseDouble(text.replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			problem(field, "incident.number.invalid", text);
			return otherwise;
		}
	}

	private long precision(IncidentField field) {
		String text = text(field);
		if (text == null) {
			return 1;
		}
		if (!text.matches("[1-3]")) {
			problem(field, "incident.precision", text);
			return 1;
		}
		return Long.parseLong(text);
	}

	private int number(IncidentField field) {
		String text = text(field);
		if (text == null) {
			return 0;
		}
		if (!text.matches("\\d{1,6}")) {
			problem(field, "incident.count.invalid", text);
			return 0;
		}
		return Integer.parseInt(text);
	}

	private <E extends Enum<E>> E code(IncidentField field, Class<E> type, @Nullable E otherwise) {
		String text = text(field);
		if (text == null) {
			return otherwise;
		}
		Optional<E> parsed = Codes.parse(type, text.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
		if (parsed.isEmpty()) {
			problem(field, "incident.code.unknown", text, Codes.list(type));
		}
		return parsed.orElse(otherwise);
	}

	private @Nullable String required(IncidentField field, @Nullable String otherwise) {
		String text = text(field);
		if (text == null) {
			problem(field, "incident.field.required");
			return otherwise;
		}
		return text;
	}

	private @Nullable String text(IncidentField field) {
		String text = this.fields.get(field);
		if (text == null || text.isBlank()) {
			return null;
		}
		return text.strip();
	}

	private void problem(IncidentField field, String code, Object... arguments) {
		this.problems.add(new FieldProblem(field.code(), code, List.of(arguments)));
	}

}
