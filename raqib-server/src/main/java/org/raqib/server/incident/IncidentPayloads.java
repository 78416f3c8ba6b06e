package org.raqib.server.incident;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.raqib.server.record.Payloads;
import org.raqib.server.system.InvalidInput;

/**
 * The payloads of the incident kinds, written as compact JSON and read strictly (unknown fields, wrong types,
 * values out of range refused with the field's name). A report's payload carries where the room placed it
 * (zones, nearest post), so a replay needs no geography.
 */
final class IncidentPayloads {

	static final int TEXT = 200;

	static final int NOTE = 2_000;

	static final int NARRATIVE = 8_000;

	private IncidentPayloads() {
	}

	/** Where the room placed the report: the zones it lies in, those near it, and the nearest post. */
	record Placement(List<String> zones, List<String> nearZones, @Nullable String nearestPost, @Nullable Double postKm) {

		static final Placement NOWHERE = new Placement(List.of(), List.of(), null, null);

		Placement {
			zones = List.copyOf(zones);
			nearZones = List.copyOf(nearZones);
		}

	}

	/** An incident.reported/v1 payload. */
	record Reported(IncidentReport report, Placement placement) {

		private static final Set<String> FIELDS = Set.of("from", "to", "timePrecision", "lon", "lat", "geoPrecision",
				"location", "type", "responsible", "actors", "observation", "casualties", "sources", "narrative",
				"attachments", "zones", "nearZones", "nearestPost", "postKm", "demo");

		byte[] write() {
			IncidentReport r = this.report;
			var map = new LinkedHashMap<String, Object>();
			map.put("from", r.from().toString());
			map.put("to", r.to().toString());
			map.put("timePrecision", r.timePrecision());
			map.put("lon", r.lon());
			map.put("lat", r.lat());
			map.put("geoPrecision", r.geoPrecision());
			put(map, "location", r.location());
			map.put("type", r.type().code());
			put(map, "responsible", r.responsible());
			if (!r.actors().isEmpty()) {
				map.put("actors", r.actors().stream().map(IncidentPayloads::actor).toList());
			}
			if (r.observation() != null) {
				map.put("observation", observation(r.observation()));
			}
			map.put("casualties", casualties(r.casualties()));
			map.put("sources", r.sources().stream().map(IncidentPayloads::source).toList());
			var narrative = new LinkedHashMap<String, Object>();
			put(narrative, "ar", r.narrative().ar());
			put(narrative, "en", r.narrative().en());
			map.put("narrative", narrative);
			if (!r.attachments().isEmpty()) {
				map.put("attachments", r.attachments().stream().map(IncidentPayloads::attachment).toList());
			}
			if (!this.placement.zones().isEmpty()) {
				map.put("zones", this.placement.zones());
			}
			if (!this.placement.nearZones().isEmpty()) {
				map.put("nearZones", this.placement.nearZones());
			}
			put(map, "nearestPost", this.placement.nearestPost());
			put(map, "postKm", this.placement.postKm());
			if (r.demo()) {
				map.put("demo", true);
			}
			return Payloads.write(map);
		}

		static Reported read(byte[] payload) {
			Payloads p = Payloads.object(payload, FIELDS);
			var report = new IncidentReport(p.requiredInstant("from"), p.requiredInstant("to"),
					(int) p.requiredNumber("timePrecision", 1, 3), p.requiredDecimal("lon", -180, 180),
					p.requiredDecimal("lat", -90, 90), (int) p.requiredNumber("geoPrecision", 1, 3),
					p.text("location", TEXT), code(p, "type", IncidentType.class, IncidentType.ofCode(text(p, "type"))),
					p.text("responsible", TEXT), actors(p), observation(p), casualties(p),
					sources(p), narrative(p), attachments(p), p.has("demo"));
			var placement = new Placement(p.has("zones") ? p.texts("zones", 50, 60) : List.of(),
					p.has("nearZones") ? p.texts("nearZones", 50, 60) : List.of(), p.text("nearestPost", 60),
					p.has("postKm") ? p.requiredDecimal("postKm", 0, 50_000) : null);
			return new Reported(report, placement);
		}

	}

	/** An incident.step/v1 payload: the status the incident moves to, and why. */
	record Step(IncidentStatus to, @Nullable String note) {

		byte[] write() {
			var map = new LinkedHashMap<String, Object>();
			map.put("to", this.to.code());
			put(map, "note", this.note);
			return Payloads.write(map);
		}

		static Step read(byte[] payload) {
			Payloads p = Payloads.object(payload, Set.of("to", "note"));
			IncidentStatus to = code(p, "to", IncidentStatus.class, IncidentStatus.ofCode(text(p, "to")));
			if (to == IncidentStatus.REPORTED) {
				throw InvalidInput.of("to", "incident.step.unknown", to.code());
			}
			return new Step(to, p.text("note", NOTE));
		}

	}

	/** An incident.duplicate/v1 payload; its refs are the duplicate, then the incident it merges into. */
	record Duplicate(@Nullable String note) {

		byte[] write() {
			var map = new LinkedHashMap<String, Object>();
			put(map, "note", this.note);
			return Payloads.write(map);
		}

		static Duplicate read(byte[] payload) {
			return new Duplicate(Payloads.object(payload, Set.of("note")).text("note", NOTE));
		}

	}

	/**
	 * An incident.breach/v1 payload: the obligation a mediator confirmed the incident (its ref) breaches, with
	 * what the obligation counts, so the fact it feeds the compliance engine is read from the entry alone.
	 */
	record Breach(String obligation, String responsible, String measure, Map<String, String> where,
			@Nullable String note) {

		Breach {
			where = Map.copyOf(where);
		}

		byte[] write() {
			var map = new LinkedHashMap<String, Object>();
			map.put("obligation", this.obligation);
			map.put("responsible", this.responsible);
			map.put("measure", this.measure);
			map.put("where", new java.util.TreeMap<>(this.where));
			put(map, "note", this.note);
			return Payloads.write(map);
		}

		static Breach read(byte[] payload) {
			Payloads p = Payloads.object(payload, Set.of("obligation", "responsible", "measure", "where", "note"));
			var where = new LinkedHashMap<String, String>();
			if (p.has("where")) {
				Payloads w = p.object("where", Set.of("type", "zone", "party", "weapon"));
				for (String key : List.of("type", "zone", "party", "weapon")) {
					String value = w.text(key, 100);
					if (value != null) {
						where.put(key, value);
					}
				}
			}
			return new Breach(p.requiredText("obligation", 100), p.requiredText("responsible", TEXT),
					p.requiredText("measure", 100), where, p.text("note", NOTE));
		}

	}

	private static Map<String, Object> actor(IncidentReport.Actor a) {
		var map = new LinkedHashMap<String, Object>();
		map.put("side", a.side());
		map.put("name", a.name());
		map.put("class", a.actorClass().inter());
		put(map, "party", a.party());
		return map;
	}

	private static List<IncidentReport.Actor> actors(Payloads p) {
		var actors = new ArrayList<IncidentReport.Actor>();
		for (Payloads a : p.optionalObjects("actors", Set.of("side", "name", "class", "party"), 10)) {
			actors.add(new IncidentReport.Actor((int) a.requiredNumber("side", 1, 2), a.requiredText("name", TEXT),
					Fields.ActorClass.ofInter((int) a.requiredNumber("class", 1, 8)).orElseThrow(),
					a.text("party", TEXT)));
		}
		return actors;
	}

	private static Map<String, Object> observation(IncidentReport.Observation o) {
		var map = new LinkedHashMap<String, Object>();
		map.put("detection", o.detection().code());
		put(map, "weapon", o.weapon() == null ? null : o.weapon().code());
		put(map, "count", o.count());
		put(map, "bearing", o.bearing());
		put(map, "distanceFromKm", o.distanceFromKm());
		put(map, "distanceToKm", o.distanceToKm());
		put(map, "directionOfFire", o.directionOfFire());
		put(map, "observerPost", o.observerPost());
		return map;
	}

	private static IncidentReport.@Nullable Observation observation(Payloads p) {
		if (!p.has("observation")) {
			return null;
		}
		Payloads o = p.object("observation", Set.of("detection", "weapon", "count", "bearing", "distanceFromKm",
				"distanceToKm", "directionOfFire", "observerPost"));
		String weapon = o.text("weapon", 40);
		return new IncidentReport.Observation(
				code(o, "detection", Fields.Detection.class, Codes.parse(Fields.Detection.class, text(o, "detection"))),
				weapon == null ? null : code(o, "weapon", Fields.Weapon.class, Codes.parse(Fields.Weapon.class, weapon)),
				o.has("count") ? (int) o.requiredNumber("count", 0, 100_000) : null, o.text("bearing", 40),
				o.has("distanceFromKm") ? o.requiredDecimal("distanceFromKm", 0, 1_000) : null,
				o.has("distanceToKm") ? o.requiredDecimal("distanceToKm", 0, 1_000) : null,
				o.text("directionOfFire", 100), o.text("observerPost", 60));
	}

	private static Map<String, Object> casualties(IncidentReport.Casualties c) {
		var map = new LinkedHashMap<String, Object>();
		map.put("killedCivilians", c.killedCivilians());
		map.put("killedCombatants", c.killedCombatants());
		map.put("injuredCivilians", c.injuredCivilians());
		map.put("injuredCombatants", c.injuredCombatants());
		map.put("women", c.women());
		map.put("children", c.children());
		return map;
	}

	private static IncidentReport.Casualties casualties(Payloads p) {
		Payloads c = p.object("casualties", Set.of("killedCivilians", "killedCombatants", "injuredCivilians",
				"injuredCombatants", "women", "children"));
		return new IncidentReport.Casualties(count(c, "killedCivilians"), count(c, "killedCombatants"),
				count(c, "injuredCivilians"), count(c, "injuredCombatants"), count(c, "women"), count(c, "children"));
	}

	private static int count(Payloads p, String field) {
		return (int) p.requiredNumber(field, 0, 100_000);
	}

	private static Map<String, Object> source(IncidentReport.Source s) {
		var map = new LinkedHashMap<String, Object>();
		map.put("kind", s.kind().code());
		map.put("name", s.name());
		map.put("reliability", s.reliability().code());
		put(map, "link", s.link());
		return map;
	}

	private static List<IncidentReport.Source> sources(Payloads p) {
		var sources = new ArrayList<IncidentReport.Source>();
		for (Payloads s : p.objects("sources", Set.of("kind", "name", "reliability", "link"), 20)) {
			sources.add(new IncidentReport.Source(
					code(s, "kind", Fields.SourceKind.class, Codes.parse(Fields.SourceKind.class, text(s, "kind"))),
					s.requiredText("name", TEXT),
					code(s, "reliability", Fields.Reliability.class,
							Codes.parse(Fields.Reliability.class, text(s, "reliability"))),
					s.text("link", 500)));
		}
		return sources;
	}

	private static IncidentReport.Narrative narrative(Payloads p) {
		Payloads n = p.object("narrative", Set.of("ar", "en"));
		var narrative = new IncidentReport.Narrative(n.text("ar", NARRATIVE), n.text("en", NARRATIVE));
		if (narrative.ar() == null && narrative.en() == null) {
			throw InvalidInput.of("narrative", "incident.narrative.required");
		}
		return narrative;
	}

	private static Map<String, Object> attachment(IncidentReport.Attachment a) {
		return Map.of("sha256", a.sha256(), "mediaType", a.mediaType(), "bytes", a.bytes(), "name", a.name());
	}

	private static List<IncidentReport.Attachment> attachments(Payloads p) {
		var attachments = new ArrayList<IncidentReport.Attachment>();
		for (Payloads a : p.optionalObjects("attachments", Set.of("sha256", "mediaType", "bytes", "name"),
				Attachments.MAX_FILES)) {
			String sha = a.requiredText("sha256", 64);
			if (!sha.matches("[0-9a-f]{64}")) {
				throw InvalidInput.of("attachments.sha256", "incident.attachment.hash");
			}
			String type = a.requiredText("mediaType", 60);
			if (!Attachments.TYPES.containsKey(type)) {
				throw InvalidInput.of("attachments.mediaType", "incident.attachment.type", type,
						String.join(", ", Attachments.TYPES.keySet()));
			}
			attachments.add(new IncidentReport.Attachment(sha, type,
					a.requiredNumber("bytes", 1, Attachments.MAX_BYTES), a.requiredText("name", TEXT)));
		}
		return attachments;
	}

	private static String text(Payloads p, String field) {
		return p.requiredText(field, 60);
	}

	private static <E extends Enum<E>> E code(Payloads p, String field, Class<E> type, java.util.Optional<E> value) {
		return value.orElseThrow(() -> InvalidInput.of(field, "incident.code.unknown", p.text(field, 60),
				Codes.list(type)));
	}

	private static void put(Map<String, Object> map, String field, @Nullable Object value) {
		if (value != null) {
			map.put(field, value);
		}
	}

}
