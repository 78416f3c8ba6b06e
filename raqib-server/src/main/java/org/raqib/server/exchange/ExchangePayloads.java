package org.raqib.server.exchange;

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
 * The payloads of the exchange kinds: what each entry says, read strictly (unknown fields, bad values and
 * oversized lists refused, each problem naming its field) and written in one fixed field order. They
 * carry persons' references and commitments, never their data.
 */
final class ExchangePayloads {

	static final Pattern LIST_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

	static final Pattern COMMITMENT = Pattern.compile("sha256:[0-9a-f]{64}");

	/** Persons per list part: a part stays well inside the record's 64 KiB payload limit. */
	static final int PART_SIZE = 250;

	/** Persons one step entry may move: a round's whole release at most. */
	static final int STEP_SIZE = 1000;

	static final int MAX_ROUND = 1000;

	static final int MAX_PERSONS = 20_000;

	private ExchangePayloads() {
	}

	/** {@code exchange.round-planned/v1}: a round as planned, or re-planned by a correction. */
	record RoundPlan(int round, Instant plannedAt, @Nullable String place, String intermediary) {

		static final Set<String> FIELDS = Set.of("round", "plannedAt", "place", "intermediary");

		static RoundPlan read(byte[] payload) {
			Payloads p = Payloads.object(payload, FIELDS);
			return new RoundPlan(roundNumber(p), p.requiredInstant("plannedAt"), p.text("place", 200),
					party(p, "intermediary"));
		}

		byte[] write() {
			var fields = new LinkedHashMap<String, Object>();
			fields.put("round", this.round);
			fields.put("plannedAt", this.plannedAt.toString());
			putIf(fields, "place", this.place);
			fields.put("intermediary", this.intermediary);
			return Payloads.write(fields);
		}

	}

	/** {@code exchange.round-status/v1}: the round started, completed, was delayed (to a new time) or cancelled. */
	record RoundStatus(int round, RoundState status, Instant occurredAt, @Nullable Instant plannedAt,
			@Nullable String reason) {

		static final Set<String> FIELDS = Set.of("round", "status", "occurredAt", "plannedAt", "reason");

		static RoundStatus read(byte[] payload) {
			Payloads p = Payloads.object(payload, FIELDS);
			String code = p.requiredText("status", 20);
			RoundState status = RoundState.ofCode(code)
				.filter(s -> s != RoundState.PLANNED)
				.orElseThrow(() -> InvalidInput.of("status", "exchange.round.status.unknown", code));
			var read = new RoundStatus(roundNumber(p), status, p.requiredInstant("occurredAt"), p.instant("plannedAt"),
					p.text("reason", 1000));
			if (status.needsReason() && read.reason() == null) {
				throw InvalidInput.of("reason", "exchange.round.reason.required");
			}
			if (status == RoundState.DELAYED && read.plannedAt() == null) {
				throw InvalidInput.of("plannedAt", "exchange.round.delayed.new-time");
			}
			return read;
		}

		byte[] write() {
			var fields = new LinkedHashMap<String, Object>();
			fields.put("round", this.round);
			fields.put("status", this.status.code());
			fields.put("occurredAt", this.occurredAt.toString());
			putIf(fields, "plannedAt", this.plannedAt == null ? null : this.plannedAt.toString());
			putIf(fields, "reason", this.reason);
			return Payloads.write(fields);
		}

	}

	/** One listed person as the record knows them. */
	record PartPerson(PersonRef ref, String commitment, Set<Category> categories, @Nullable Category forCategory,
			Destination destination) {

		static final Set<String> FIELDS = Set.of("ref", "commitment", "categories", "for", "destination");

		static PartPerson read(Payloads p, String prefix) {
			String ref = p.requiredText("ref", 40);
			if (!PersonRef.FORMAT.matcher(ref).matches()) {
				throw InvalidInput.of(prefix + "ref", "exchange.person.ref.invalid");
			}
			String commitment = p.requiredText("commitment", 80);
			if (!COMMITMENT.matcher(commitment).matches()) {
				throw InvalidInput.of(prefix + "commitment", "exchange.person.commitment.invalid");
			}
			var categories = new java.util.TreeSet<Category>();
			for (String code : p.texts("categories", Category.values().length, 40)) {
				categories.add(Category.ofCode(code)
					.orElseThrow(() -> InvalidInput.of(prefix + "categories", "exchange.category.unknown", code)));
			}
			String forCode = p.text("for", 40);
			Category forCategory = forCode == null ? null : Category.ofCode(forCode)
				.orElseThrow(() -> InvalidInput.of(prefix + "for", "exchange.category.unknown", forCode));
			String destination = p.requiredText("destination", 20);
			return new PartPerson(new PersonRef(ref), commitment, categories, forCategory, Destination.ofCode(destination)
				.orElseThrow(() -> InvalidInput.of(prefix + "destination", "exchange.destination.unknown", destination)));
		}

		Map<String, Object> fields() {
			var fields = new LinkedHashMap<String, Object>();
			fields.put("ref", this.ref.value());
			fields.put("commitment", this.commitment);
			fields.put("categories", this.categories.stream().sorted().map(Category::code).toList());
			putIf(fields, "for", this.forCategory == null ? null : this.forCategory.code());
			fields.put("destination", this.destination.code());
			return fields;
		}

		String categoryCodes() {
			return String.join(";", this.categories.stream().sorted().map(Category::code).toList());
		}

	}

	/** {@code exchange.list-part/v1}: some of a list's persons; the list counts once its closing entry is recorded. */
	record ListPart(String list, int part, List<PartPerson> persons) {

		static final Set<String> FIELDS = Set.of("list", "part", "persons");

		static ListPart read(byte[] payload) {
			Payloads p = Payloads.object(payload, FIELDS);
			var persons = new ArrayList<PartPerson>();
			List<Payloads> items = p.objects("persons", PartPerson.FIELDS, PART_SIZE);
			for (int i = 0; i < items.size(); i++) {
				persons.add(PartPerson.read(items.get(i), "persons[" + i + "]."));
			}
			if (persons.stream().map(PartPerson::ref).distinct().count() != persons.size()) {
				throw InvalidInput.of("persons", "exchange.list.duplicate-person");
			}
			return new ListPart(listId(p), (int) p.requiredNumber("part", 1, MAX_PERSONS), persons);
		}

		byte[] write() {
			var fields = new LinkedHashMap<String, Object>();
			fields.put("list", this.list);
			fields.put("part", this.part);
			fields.put("persons", this.persons.stream().map(PartPerson::fields).toList());
			return Payloads.write(fields);
		}

	}

	/** {@code exchange.list-submitted/v1}: the list handed over, referring to its parts. */
	record ListClosing(String list, int round, int persons, LegalBasis legalBasis, LocalDate retainUntil,
			Instant handedOverAt) {

		static final Set<String> FIELDS = Set.of("list", "round", "persons", "purpose", "legalBasis", "retainUntil",
				"handedOverAt");

		static ListClosing read(byte[] payload) {
			Payloads p = Payloads.object(payload, FIELDS);
			String purpose = p.requiredText("purpose", 40);
			if (!"exchange".equals(purpose)) {
				throw InvalidInput.of("purpose", "exchange.list.purpose");
			}
			String basis = p.requiredText("legalBasis", 40);
			LegalBasis legalBasis = java.util.Arrays.stream(LegalBasis.values())
				.filter(b -> b.code().equals(basis))
				.findFirst()
				.orElseThrow(() -> InvalidInput.of("legalBasis", "exchange.list.legal-basis.unknown", basis));
			return new ListClosing(listId(p), roundNumber(p), (int) p.requiredNumber("persons", 1, MAX_PERSONS), legalBasis,
					p.requiredDate("retainUntil"), p.requiredInstant("handedOverAt"));
		}

		byte[] write() {
			var fields = new LinkedHashMap<String, Object>();
			fields.put("list", this.list);
			fields.put("round", this.round);
			fields.put("persons", this.persons);
			fields.put("purpose", "exchange");
			fields.put("legalBasis", this.legalBasis.code());
			fields.put("retainUntil", this.retainUntil.toString());
			fields.put("handedOverAt", this.handedOverAt.toString());
			return Payloads.write(fields);
		}

	}

	/** {@code exchange.step/v1}: one step of some persons' paths, taken by the party that signs it. */
	record Step(PathStep step, int round, List<PersonRef> persons, Instant occurredAt, @Nullable String place,
			@Nullable String reason) {

		static final Set<String> FIELDS = Set.of("step", "round", "persons", "occurredAt", "place", "reason");

		static Step read(byte[] payload) {
			Payloads p = Payloads.object(payload, FIELDS);
			String code = p.requiredText("step", 30);
			PathStep step = PathStep.ofCode(code)
				.orElseThrow(() -> InvalidInput.of("step", "exchange.step.unknown", code));
			var persons = new ArrayList<PersonRef>();
			List<String> refs = p.texts("persons", STEP_SIZE, 40);
			for (int i = 0; i < refs.size(); i++) {
				if (!PersonRef.FORMAT.matcher(refs.get(i)).matches()) {
					throw InvalidInput.of("persons[" + i + "]", "exchange.person.ref.invalid");
				}
				persons.add(new PersonRef(refs.get(i)));
			}
			if (persons.stream().distinct().count() != persons.size()) {
				throw InvalidInput.of("persons", "exchange.list.duplicate-person");
			}
			var read = new Step(step, roundNumber(p), persons, p.requiredInstant("occurredAt"), p.text("place", 200),
					p.text("reason", 1000));
			if (step == PathStep.WITHDRAWN && read.reason() == null) {
				throw InvalidInput.of("reason", "exchange.step.reason.required");
			}
			return read;
		}

		byte[] write() {
			var fields = new LinkedHashMap<String, Object>();
			fields.put("step", this.step.code());
			fields.put("round", this.round);
			fields.put("persons", this.persons.stream().map(PersonRef::value).toList());
			fields.put("occurredAt", this.occurredAt.toString());
			putIf(fields, "place", this.place);
			putIf(fields, "reason", this.reason);
			return Payloads.write(fields);
		}

	}

	private static int roundNumber(Payloads p) {
		return (int) p.requiredNumber("round", 1, MAX_ROUND);
	}

	private static String listId(Payloads p) {
		String id = p.requiredText("list", 60);
		if (!LIST_ID.matcher(id).matches()) {
			throw InvalidInput.of("list", "exchange.list.id.invalid");
		}
		return id;
	}

	private static String party(Payloads p, String field) {
		String code = p.requiredText(field, 60);
		if (!LIST_ID.matcher(code).matches()) {
			throw InvalidInput.of(field, "exchange.party.invalid");
		}
		return code;
	}

	private static void putIf(Map<String, Object> fields, String name, @Nullable Object value) {
		if (value != null) {
			fields.put(name, value);
		}
	}

}
