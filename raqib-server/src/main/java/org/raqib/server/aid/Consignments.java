package org.raqib.server.aid;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.raqib.server.access.RaqibUser;
import org.raqib.server.record.Appended;
import org.raqib.server.record.Appending;
import org.raqib.server.record.Payloads;
import org.raqib.server.system.InvalidInput;
import org.raqib.server.system.NotFound;
import org.springframework.stereotype.Service;

/** Consignments of trucks: registered, then moved stage by stage, each step an entry signed for a party. */
@Service
public class Consignments {

	/** A consignment to register; codes as the record writes them ({@code food}, {@code tonnes}, {@code north}). */
	public record NewConsignment(String reference, String agency, @Nullable String origin, String crossing,
			String destination, int trucks, List<Consignment.Line> cargo, Instant occurredAt) {
	}

	/** A step to record: the stage, when, and for a rejection its reason, for an interception its manner. */
	public record NextStep(String reference, String stage, Instant occurredAt, @Nullable String reason,
			@Nullable String manner, @Nullable String note) {
	}

	private final ConsignmentTable consignments;

	private final PipelineTable pipeline;

	private final AgreementPlaces places;

	private final Appending appending;

	private final Clock clock;

	Consignments(ConsignmentTable consignments, PipelineTable pipeline, AgreementPlaces places, Appending appending,
			Clock clock) {
		this.consignments = consignments;
		this.pipeline = pipeline;
		this.places = places;
		this.appending = appending;
		this.clock = clock;
	}

	public Optional<Consignment> find(String log, String reference) {
		return this.consignments.find(log, reference);
	}

	public Consignment get(String log, String reference) {
		return find(log, reference).orElseThrow(() -> new NotFound("consignment " + reference));
	}

	public List<Consignment.Line> cargo(String log, String reference) {
		return this.consignments.cargo(log, reference);
	}

	public List<ConsignmentStep> steps(String log, String reference) {
		return this.pipeline.ofConsignment(log, reference);
	}

	public List<Consignment> latest(String log, int limit) {
		return this.consignments.latest(log, limit);
	}

	/**
	 * Registers a consignment for a party the user records for.
	 * @throws InvalidInput naming the field or rule: a duplicate reference, an unknown crossing, category or
	 * unit, absurd quantities, a time in the future.
	 */
	public Appended register(RaqibUser user, String log, String party, NewConsignment consignment) {
		AidActing.checkActsFor(user, log, party);
		return register(party, user.getUsername(), log, consignment);
	}

	Appended register(String party, String recordedBy, String log, NewConsignment consignment) {
		return this.appending.append(log, AidKinds.REGISTERED, party, recordedBy, check(log, consignment).write(), List.of());
	}

	/** Checks a consignment as the record would, without appending it. */
	AidPayloads.Registration check(String log, NewConsignment consignment) {
		var registration = AidPayloads.Registration.read(Payloads.write(fields(consignment)));
		refuse("occurredAt", ConsignmentRules.notInFuture(registration.occurredAt(), this.clock.instant()));
		refuse(ConsignmentRules.registration(find(log, registration.reference()).orElse(null), this.places.of(log),
				registration).orElse(null));
		return registration;
	}

	/**
	 * Moves a consignment to its next stage for a party the user records for.
	 * @throws InvalidInput naming the rule: out of order, before the previous step, in the future, unknown.
	 */
	public Appended step(RaqibUser user, String log, String party, NextStep step) {
		AidActing.checkActsFor(user, log, party);
		return step(party, user.getUsername(), log, step);
	}

	Appended step(String party, String recordedBy, String log, NextStep next) {
		var fields = new LinkedHashMap<String, Object>();
		fields.put("reference", next.reference());
		fields.put("stage", next.stage());
		fields.put("occurredAt", next.occurredAt().toString());
		putIf(fields, "reason", next.reason());
		putIf(fields, "manner", next.manner());
		putIf(fields, "note", next.note());
		var step = AidPayloads.Step.read(Payloads.write(fields));
		refuse("occurredAt", ConsignmentRules.notInFuture(step.occurredAt(), this.clock.instant()));
		refuse(ConsignmentRules.step(find(log, step.reference()).orElse(null), step).orElse(null));
		return this.appending.append(log, AidKinds.STEP, party, recordedBy, step.write(), List.of());
	}

	private static Map<String, Object> fields(NewConsignment c) {
		var fields = new LinkedHashMap<String, Object>();
		fields.put("reference", c.reference());
		fields.put("agency", c.agency());
		putIf(fields, "origin", c.origin());
		fields.put("crossing", c.crossing());
		fields.put("destination", c.destination());
		fields.put("trucks", c.trucks());
		fields.put("cargo", c.cargo().stream().map(l -> Map.of("category", l.category(), "quantity", l.quantity(),
				"unit", l.unit())).toList());
		fields.put("occurredAt", c.occurredAt().toString());
		return fields;
	}

	private static void refuse(String field, Optional<String> rule) {
		if (rule.isPresent()) {
			throw InvalidInput.of(field, rule.get());
		}
	}

	private static void refuse(@Nullable String rule) {
		if (rule != null) {
			throw InvalidInput.of(ConsignmentRules.field(rule), rule);
		}
	}

	private static void putIf(Map<String, Object> fields, String name, @Nullable Object value) {
		if (value != null && !(value instanceof String s && s.isBlank())) {
			fields.put(name, value);
		}
	}

}
