package org.raqib.server.aid;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.raqib.server.aid.Codes.Cargo;
import org.raqib.server.aid.Codes.CargoUnit;
import org.raqib.server.aid.Codes.Interception;
import org.raqib.server.aid.Codes.Region;
import org.raqib.server.aid.Codes.RejectionReason;
import org.raqib.server.aid.Codes.SourceType;
import org.raqib.server.record.Payloads;
import org.raqib.server.system.InvalidInput;

/**
 * The payloads of the aid kinds, read strictly (unknown fields, unknown codes and absurd quantities refused,
 * each problem naming its field) and written in one fixed field order.
 */
final class AidPayloads {

	static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,59}");

	static final Pattern PLACE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

	/** More trucks than a convoy: a typing error, not a consignment. */
	static final int MAX_TRUCKS = 100;

	static final int MAX_QUANTITY = 100_000;

	static final int MAX_LINES = 20;

	/** A day's count at one crossing, as anyone could publish it. */
	static final int MAX_DAILY_TRUCKS = 10_000;

	private AidPayloads() {
	}

	/** One line of a consignment's cargo. */
	record CargoLine(Cargo category, long quantity, CargoUnit unit) {

		static final Set<String> FIELDS = Set.of("category", "quantity", "unit");

		static CargoLine read(Payloads p, String prefix) {
			return new CargoLine(code(p, Cargo.class, "category", prefix, "aid.cargo.unknown"),
					p.requiredNumber("quantity", 1, MAX_QUANTITY), code(p, CargoUnit.class, "unit", prefix, "aid.unit.unknown"));
		}

		Map<String, Object> fields() {
			var fields = new LinkedHashMap<String, Object>();
			fields.put("category", Codes.code(this.category));
			fields.put("quantity", this.quantity);
			fields.put("unit", Codes.code(this.unit));
			return fields;
		}

	}

	/** {@code aid.consignment-registered/v1}: a consignment announced, with its trucks and cargo. */
	record Registration(String reference, String agency, @Nullable String origin, String crossing, Region destination,
			int trucks, List<CargoLine> cargo, Instant occurredAt) {

		static final Set<String> FIELDS = Set.of("reference", "agency", "origin", "crossing", "destination", "trucks",
				"cargo", "occurredAt");

		static Registration read(byte[] payload) {
			Payloads p = Payloads.object(payload, FIELDS);
			var lines = new ArrayList<CargoLine>();
			List<Payloads> items = p.objects("cargo", CargoLine.FIELDS, MAX_LINES);
			for (int i = 0; i < items.size(); i++) {
				lines.add(CargoLine.read(items.get(i), "cargo[" + i + "]."));
			}
			return new Registration(referenceOf(p), p.requiredText("agency", 120), p.text("origin", 120), placeId(p, "crossing"),
					code(p, Region.class, "destination", "", "aid.destination.unknown"),
					(int) p.requiredNumber("trucks", 1, MAX_TRUCKS), lines, p.requiredInstant("occurredAt"));
		}

		Set<String> categories() {
			var codes = new TreeSet<String>();
			this.cargo.forEach(l -> codes.add(Codes.code(l.category())));
			return codes;
		}

		byte[] write() {
			var fields = new LinkedHashMap<String, Object>();
			fields.put("reference", this.reference);
			fields.put("agency", this.agency);
			putIf(fields, "origin", this.origin);
			fields.put("crossing", this.crossing);
			fields.put("destination", Codes.code(this.destination));
			fields.put("trucks", this.trucks);
			fields.put("cargo", this.cargo.stream().map(CargoLine::fields).toList());
			fields.put("occurredAt", this.occurredAt.toString());
			return Payloads.write(fields);
		}

	}

	/** {@code aid.consignment-step/v1}: a consignment moved to its next stage. */
	record Step(String reference, Stage stage, Instant occurredAt, @Nullable RejectionReason reason,
			@Nullable Interception manner, @Nullable String note) {

		static final Set<String> FIELDS = Set.of("reference", "stage", "occurredAt", "reason", "manner", "note");

		static Step read(byte[] payload) {
			Payloads p = Payloads.object(payload, FIELDS);
			Stage stage = code(p, Stage.class, "stage", "", "aid.stage.unknown");
			if (stage == Stage.REGISTERED) {
				throw InvalidInput.of("stage", "aid.stage.registered-by-registration");
			}
			var step = new Step(referenceOf(p), stage, p.requiredInstant("occurredAt"),
					p.has("reason") ? code(p, RejectionReason.class, "reason", "", "aid.reason.unknown") : null,
					p.has("manner") ? code(p, Interception.class, "manner", "", "aid.manner.unknown") : null,
					p.text("note", 1000));
			if ((stage == Stage.REJECTED) != (step.reason() != null)) {
				throw InvalidInput.of("reason", stage == Stage.REJECTED ? "aid.reason.required" : "aid.reason.unexpected");
			}
			if ((stage == Stage.INTERCEPTED) != (step.manner() != null)) {
				throw InvalidInput.of("manner", stage == Stage.INTERCEPTED ? "aid.manner.required" : "aid.manner.unexpected");
			}
			return step;
		}

		byte[] write() {
			var fields = new LinkedHashMap<String, Object>();
			fields.put("reference", this.reference);
			fields.put("stage", this.stage.code());
			fields.put("occurredAt", this.occurredAt.toString());
			putIf(fields, "reason", this.reason == null ? null : Codes.code(this.reason));
			putIf(fields, "manner", this.manner == null ? null : Codes.code(this.manner));
			putIf(fields, "note", this.note);
			return Payloads.write(fields);
		}

	}

	/** {@code aid.count-reported/v1}: a day's count at a crossing as another source published it. */
	record CountReport(LocalDate date, String crossing, Stage stage, int trucks, String source, SourceType sourceType,
			@Nullable String link) {

		static final Set<String> FIELDS = Set.of("date", "crossing", "stage", "trucks", "source", "sourceType", "link");

		static CountReport read(byte[] payload) {
			Payloads p = Payloads.object(payload, FIELDS);
			String link = p.text("link", 500);
			if (link != null && !link.matches("https?://\\S+")) {
				throw InvalidInput.of("link", "aid.count.link.invalid");
			}
			return new CountReport(p.requiredDate("date"), placeId(p, "crossing"),
					code(p, Stage.class, "stage", "", "aid.stage.unknown"),
					(int) p.requiredNumber("trucks", 0, MAX_DAILY_TRUCKS), p.requiredText("source", 200),
					code(p, SourceType.class, "sourceType", "", "aid.count.source-type.unknown"), link);
		}

		byte[] write() {
			var fields = new LinkedHashMap<String, Object>();
			fields.put("date", this.date.toString());
			fields.put("crossing", this.crossing);
			fields.put("stage", this.stage.code());
			fields.put("trucks", this.trucks);
			fields.put("source", this.source);
			fields.put("sourceType", Codes.code(this.sourceType));
			putIf(fields, "link", this.link);
			return Payloads.write(fields);
		}

	}

	private static String referenceOf(Payloads p) {
		String reference = p.requiredText("reference", 60);
		if (!REFERENCE.matcher(reference).matches()) {
			throw InvalidInput.of("reference", "aid.reference.invalid");
		}
		return reference;
	}

	private static String placeId(Payloads p, String field) {
		String id = p.requiredText(field, 60);
		if (!PLACE_ID.matcher(id).matches()) {
			throw InvalidInput.of(field, "aid.crossing.unknown", id);
		}
		return id;
	}

	private static <E extends Enum<E>> E code(Payloads p, Class<E> type, String field, String prefix, String unknown) {
		String code = p.requiredText(field, 40);
		return Codes.of(type, code).orElseThrow(() -> InvalidInput.of(prefix + field, unknown, code));
	}

	private static void putIf(Map<String, Object> fields, String name, @Nullable Object value) {
		if (value != null) {
			fields.put(name, value);
		}
	}

}
