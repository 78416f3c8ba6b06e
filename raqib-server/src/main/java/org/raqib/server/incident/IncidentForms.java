package org.raqib.server.incident;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** The report form's fields, in the order a monitor fills them in, each with its input and choices. */
final class IncidentForms {

	/** A choice: its value, and its label as a message key or, for names, as text. */
	record Option(String value, @Nullable String key, String label) {
	}

	/** A field of the form: {@code text}, {@code number}, {@code datetime}, {@code textarea} or {@code select}. */
	record FormField(String code, String labelKey, String input, List<Option> options, boolean required) {
	}

	private IncidentForms() {
	}

	static List<FormField> fields(IncidentPage page) {
		var fields = new ArrayList<FormField>();
		fields.add(new FormField("party", "incident.field.party", "select",
				page.reportingFor().stream().map(p -> new Option(p, null, page.party(p))).toList(), true));
		for (IncidentField f : IncidentField.values()) {
			fields.add(field(f, page));
		}
		return fields;
	}

	private static FormField field(IncidentField f, IncidentPage page) {
		switch (f) {
			case FROM:
			case TO:
				return new FormField(f.code(), f.messageKey(), "datetime", List.of(), f.required());
			case TYPE:
				return select(f, Arrays.stream(IncidentType.values()).map(t -> new Option(t.code(), t.messageKey(), ""))
					.toList(), false);
			case RESPONSIBLE:
				return select(f, page.agreementParties().stream().map(p -> new Option(p, null, page.party(p))).toList(),
						true);
			case INTER1:
			case INTER2:
				return select(f, Arrays.stream(Fields.ActorClass.values())
					.map(c -> new Option(Integer.toString(c.inter()), c.messageKey(), "")).toList(), true);
			case DETECTION:
				return select(f, Arrays.stream(Fields.Detection.values()).map(d -> new Option(d.code(), d.messageKey(), ""))
					.toList(), true);
			case WEAPON:
				return select(f, Arrays.stream(Fields.Weapon.values()).map(w -> new Option(w.code(), w.messageKey(), ""))
					.toList(), true);
			case SOURCE_KIND:
				return select(f, Arrays.stream(Fields.SourceKind.values())
					.map(s -> new Option(s.code(), s.messageKey(), "")).toList(), false);
			case RELIABILITY:
				return select(f, Arrays.stream(Fields.Reliability.values())
					.map(r -> new Option(r.code(), r.messageKey(), "")).toList(), false);
			case TIME_PRECISION:
			case GEO_PRECISION:
				return select(f, List.of(new Option("1", "incident.precision.1", ""), new Option("2", "incident.precision.2", ""),
						new Option("3", "incident.precision.3", "")), false);
			case OBSERVER_POST:
				return select(f, page.incidentRoom().geography() == null ? List.of()
						: page.incidentRoom().geography().posts().stream()
							.map(p -> new Option(p.id(), null, page.place(p.id()))).toList(), true);
			case NARRATIVE_AR:
			case NARRATIVE_EN:
				return new FormField(f.code(), f.messageKey(), "textarea", List.of(), false);
			case LON:
			case LAT:
			case DISTANCE_FROM:
			case DISTANCE_TO:
				return new FormField(f.code(), f.messageKey(), "decimal", List.of(), f.required());
			case COUNT:
			case KILLED_CIVILIANS:
			case KILLED_COMBATANTS:
			case INJURED_CIVILIANS:
			case INJURED_COMBATANTS:
			case WOMEN:
			case CHILDREN:
				return new FormField(f.code(), f.messageKey(), "number", List.of(), false);
			default:
				return new FormField(f.code(), f.messageKey(), "text", List.of(), f.required());
		}
	}

	private static FormField select(IncidentField f, List<Option> options, boolean optional) {
		var all = new ArrayList<Option>();
		if (optional) {
			all.add(new Option("", "incident.choice.none", ""));
		}
		all.addAll(options);
		return new FormField(f.code(), f.messageKey(), "select", all, f.required());
	}

}
