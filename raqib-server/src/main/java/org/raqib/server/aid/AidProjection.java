package org.raqib.server.aid;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.raqib.server.agreement.compliance.Fact;
import org.raqib.server.agreement.compliance.Facts;
import org.raqib.server.record.RecordedEntry;
import org.springframework.stereotype.Component;

/**
 * Projects the aid entries into the module's tables and feeds the compliance engine: every stage a
 * consignment reaches is an {@code aid.trucks} fact of its trucks, with the stage, the categories of its
 * cargo, its destination and crossing, attributed to the party that recorded it. Competing counts are kept
 * beside the room's but are never facts: only the room's own consignments count for the quotas.
 */
@Component
class AidProjection {

	static final String TRUCKS = "aid.trucks";

	private final ConsignmentTable consignments;

	private final PipelineTable pipeline;

	private final CountTable counts;

	private final AgreementPlaces places;

	private final Facts facts;

	AidProjection(ConsignmentTable consignments, PipelineTable pipeline, CountTable counts, AgreementPlaces places,
			Facts facts) {
		this.consignments = consignments;
		this.pipeline = pipeline;
		this.counts = counts;
		this.places = places;
		this.facts = facts;
	}

	void registered(RecordedEntry entry, AidPayloads.Registration registration) {
		AgreementPlaces.Places at = this.places.of(entry.log());
		Optional<String> broken = ConsignmentRules.registration(
				this.consignments.find(entry.log(), registration.reference()).orElse(null), at, registration);
		var step = new ConsignmentStep(entry.index(), registration.reference(), Stage.REGISTERED, entry.party(),
				registration.occurredAt(), registration.crossing(), registration.trucks(), null, null, null, null, null,
				broken.orElse(null));
		this.pipeline.insert(new PipelineTable.Row(entry.log(), step, registration.occurredAt().atZone(at.zone()).toLocalDate()));
		if (broken.isEmpty()) {
			this.consignments.register(entry, registration);
			this.facts.record(fact(entry, Stage.REGISTERED, registration.occurredAt(),
					this.consignments.find(entry.log(), registration.reference()).orElseThrow()));
		}
	}

	void step(RecordedEntry entry, AidPayloads.Step step) {
		Consignment consignment = this.consignments.find(entry.log(), step.reference()).orElse(null);
		Optional<String> broken = ConsignmentRules.step(consignment, step);
		this.pipeline.insert(new PipelineTable.Row(entry.log(), row(entry, step, consignment, broken.orElse(null)),
				step.occurredAt().atZone(this.places.of(entry.log()).zone()).toLocalDate()));
		if (broken.isEmpty() && consignment != null) {
			this.consignments.move(entry.log(), step.reference(), step.stage(), step.occurredAt(), entry.index());
			this.facts.record(fact(entry, step.stage(), step.occurredAt(), consignment));
		}
	}

	void countReported(RecordedEntry entry, AidPayloads.CountReport count) {
		this.counts.insert(entry, count);
	}

	private static ConsignmentStep row(RecordedEntry entry, AidPayloads.Step step, @Nullable Consignment consignment,
			@Nullable String conflict) {
		Long waited = consignment == null || conflict != null ? null
				: Duration.between(consignment.stageAt(), step.occurredAt()).toSeconds();
		return new ConsignmentStep(entry.index(), step.reference(), step.stage(), entry.party(), step.occurredAt(),
				consignment == null ? "" : consignment.crossing(), consignment == null ? 0 : consignment.trucks(),
				consignment == null ? null : consignment.stage(), waited,
				step.reason() == null ? null : Codes.code(step.reason()),
				step.manner() == null ? null : Codes.code(step.manner()), step.note(), conflict);
	}

	private static Fact fact(RecordedEntry entry, Stage stage, Instant occurredAt, Consignment consignment) {
		var dimensions = new LinkedHashMap<String, Set<String>>();
		dimensions.put("stage", Set.of(stage.code()));
		dimensions.put("cargo", consignment.cargo());
		dimensions.put("destination", Set.of(consignment.destination()));
		dimensions.put("crossing", Set.of(consignment.crossing()));
		return new Fact(entry.log(), entry.index(), entry.recordedAt(), occurredAt, TRUCKS, entry.party(),
				consignment.trucks(), dimensions);
	}

}
