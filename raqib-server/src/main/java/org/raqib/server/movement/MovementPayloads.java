package org.raqib.server.movement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.raqib.server.person.LegalBasis;
import org.raqib.server.person.PersonRef;
import org.raqib.server.record.Payloads;
import org.raqib.server.system.InvalidInput;

/**
 * The payloads of the movement kinds, read strictly (unknown fields, bad values and absurd counts refused,
 * each problem naming its field) and written in one fixed field order. Named lists carry persons'
 * references and commitments, never their data.
 */
final class MovementPayloads {

	static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

	static final Pattern COMMITMENT = Pattern.compile("sha256:[0-9a-f]{64}");

	/** More than a million people through one passage in one count is a typing error, not a movement. */
	static final long MAX_COUNT = 1_000_000;

	/** Persons one named list may hold: a day at Rafah is about 200 (50 patients, 3 escorts each). */
	static final int MAX_NAMED = 400;

	private MovementPayloads() {
	}

	/** What was counted where: shared by the room's counts and other sources' counts. */
	record Counted(Passage passage, Direction direction, MovementCategory category, long count) {

		static Counted read(Payloads p) {
			boolean crossing = p.has("crossing");
			if (crossing == p.has("route")) {
				throw InvalidInput.of("crossing", "movement.passage.one");
			}
			String id = crossing ? p.requiredText("crossing", 60) : p.requiredText("route", 60);
			if (!ID.matcher(id).matches()) {
				throw InvalidInput.of(crossing ? "crossing" : "route", "movement.passage.invalid");
			}
			String direction = p.requiredText("direction", 10);
			String category = p.requiredText("category", 30);
			return new Counted(crossing ? Passage.crossing(id) : Passage.route(id),
					Direction.ofCode(direction)
						.orElseThrow(() -> InvalidInput.of("direction", "movement.direction.unknown", direction)),
					MovementCategory.ofCode(category)
						.orElseThrow(() -> InvalidInput.of("category", "movement.category.unknown", category)),
					count(p));
		}

		private static long count(Payloads p) {
			long count = p.requiredNumber("count", Long.MIN_VALUE, Long.MAX_VALUE);
			if (count < 0 || count > MAX_COUNT) {
				throw InvalidInput.of("count", "movement.count.range", MAX_COUNT);
			}
			return count;
		}

		void put(Map<String, Object> fields) {
			fields.put(this.passage.kind(), this.passage.id());
			fields.put("direction", this.direction.code());
			fields.put("category", this.category.code());
			fields.put("count", this.count);
		}

	}

	/** {@code movement.counted/v1}: the room's own count of one passage, direction and category in a window. */
	record Count(Counted counted, @Nullable TravelMode mode, Instant from, Instant to) {

		static final Set<String> FIELDS = Set.of("crossing", "route", "direction", "category", "count", "mode", "from",
				"to");

		static Count read(byte[] payload) {
			Payloads p = Payloads.object(payload, FIELDS);
			Counted counted = Counted.read(p);
			String mode = p.text("mode", 10);
			var read = new Count(counted, mode == null ? null : TravelMode.ofCode(mode)
				.orElseThrow(() -> InvalidInput.of("mode", "movement.mode.unknown", mode)), p.requiredInstant("from"),
					p.requiredInstant("to"));
			if (read.mode() != null && !counted.passage().route()) {
				throw InvalidInput.of("mode", "movement.mode.route-only");
			}
			return read;
		}

		byte[] write() {
			var fields = new LinkedHashMap<String, Object>();
			this.counted.put(fields);
			if (this.mode != null) {
				fields.put("mode", this.mode.code());
			}
			fields.put("from", this.from.toString());
			fields.put("to", this.to.toString());
			return Payloads.write(fields);
		}

	}

	/** {@code movement.reported-count/v1}: a count another source published for a day, recorded as it said. */
	record ReportedCount(String source, SourceKind sourceKind, @Nullable String link, Counted counted, LocalDate day,
			@Nullable String note) {

		static final Set<String> FIELDS = Set.of("source", "sourceKind", "link", "crossing", "route", "direction",
				"category", "count", "day", "note");

		static ReportedCount read(byte[] payload) {
			Payloads p = Payloads.object(payload, FIELDS);
			String kind = p.requiredText("sourceKind", 20);
			return new ReportedCount(p.requiredText("source", 200), SourceKind.ofCode(kind)
				.orElseThrow(() -> InvalidInput.of("sourceKind", "movement.source.kind.unknown", kind)),
					p.text("link", 500), Counted.read(p), p.requiredDate("day"), p.text("note", 1000));
		}

		byte[] write() {
			var fields = new LinkedHashMap<String, Object>();
			fields.put("source", this.source);
			fields.put("sourceKind", this.sourceKind.code());
			putIf(fields, "link", this.link);
			this.counted.put(fields);
			fields.put("day", this.day.toString());
			putIf(fields, "note", this.note);
			return Payloads.write(fields);
		}

	}

	/** One named person as the record knows them: a reference, a commitment and the category counted. */
	record NamedPerson(PersonRef ref, String commitment, MovementCategory category) {

		static final Set<String> FIELDS = Set.of("ref", "commitment", "category");

		static NamedPerson read(Payloads p, String prefix) {
			String ref = p.requiredText("ref", 40);
			if (!PersonRef.FORMAT.matcher(ref).matches()) {
				throw InvalidInput.of(prefix + "ref", "movement.person.ref.invalid");
			}
			String commitment = p.requiredText("commitment", 80);
			if (!COMMITMENT.matcher(commitment).matches()) {
				throw InvalidInput.of(prefix + "commitment", "movement.person.commitment.invalid");
			}
			String code = p.requiredText("category", 30);
			MovementCategory category = MovementCategory.ofCode(code)
				.filter(MovementCategory::named)
				.orElseThrow(() -> InvalidInput.of(prefix + "category", "movement.category.unknown", code));
			return new NamedPerson(new PersonRef(ref), commitment, category);
		}

		Map<String, Object> fields() {
			var fields = new LinkedHashMap<String, Object>();
			fields.put("ref", this.ref.value());
			fields.put("commitment", this.commitment);
			fields.put("category", this.category.code());
			return fields;
		}

	}

	/** {@code movement.named-list/v1}: the persons behind counts it refers to (refs: those counts). */
	record NamedList(String list, LegalBasis legalBasis, LocalDate retainUntil, List<NamedPerson> persons) {

		static final Set<String> FIELDS = Set.of("list", "purpose", "legalBasis", "retainUntil", "persons");

		static NamedList read(byte[] payload) {
			Payloads p = Payloads.object(payload, FIELDS);
			if (!"movement".equals(p.requiredText("purpose", 40))) {
				throw InvalidInput.of("purpose", "movement.list.purpose");
			}
			String list = p.requiredText("list", 60);
			if (!ID.matcher(list).matches()) {
				throw InvalidInput.of("list", "movement.list.id.invalid");
			}
			String basis = p.requiredText("legalBasis", 40);
			LegalBasis legalBasis = java.util.Arrays.stream(LegalBasis.values())
				.filter(b -> b.code().equals(basis))
				.findFirst()
				.orElseThrow(() -> InvalidInput.of("legalBasis", "movement.list.legal-basis.unknown", basis));
			var persons = new ArrayList<NamedPerson>();
			List<Payloads> items = p.objects("persons", NamedPerson.FIELDS, MAX_NAMED);
			for (int i = 0; i < items.size(); i++) {
				persons.add(NamedPerson.read(items.get(i), "persons[" + i + "]."));
			}
			if (persons.stream().map(NamedPerson::ref).distinct().count() != persons.size()) {
				throw InvalidInput.of("persons", "movement.list.duplicate-person");
			}
			return new NamedList(list, legalBasis, p.requiredDate("retainUntil"), persons);
		}

		byte[] write() {
			var fields = new LinkedHashMap<String, Object>();
			fields.put("list", this.list);
			fields.put("purpose", "movement");
			fields.put("legalBasis", this.legalBasis.code());
			fields.put("retainUntil", this.retainUntil.toString());
			fields.put("persons", this.persons.stream().map(NamedPerson::fields).toList());
			return Payloads.write(fields);
		}

	}

	private static void putIf(Map<String, Object> fields, String name, @Nullable Object value) {
		if (value != null) {
			fields.put(name, value);
		}
	}

}
