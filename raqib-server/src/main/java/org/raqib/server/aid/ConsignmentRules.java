package org.raqib.server.aid;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Whether a consignment may be registered or moved. The service asks before appending (and refuses with the
 * rule's name); the projection asks again when the entry is recorded and keeps an entry that breaks a rule
 * as a conflict that moves nothing, since another entry may have landed in between.
 */
final class ConsignmentRules {

	/** How far past the server's clock a time may lie: clocks at crossings drift. */
	static final Duration CLOCK_SLACK = Duration.ofMinutes(5);

	private ConsignmentRules() {
	}

	/** The broken rule's code ({@code aid.rule.…}), or empty when the consignment may be registered. */
	static Optional<String> registration(@Nullable Consignment existing, AgreementPlaces.Places places,
			AidPayloads.Registration registration) {
		if (existing != null) {
			return rule("duplicate-reference");
		}
		return places.hasCrossing(registration.crossing()) ? Optional.empty() : rule("crossing-unknown");
	}

	/** The broken rule's code, or empty when the consignment may take the step. */
	static Optional<String> step(@Nullable Consignment consignment, AidPayloads.Step step) {
		if (consignment == null) {
			return rule("consignment-unknown");
		}
		if (!step.stage().after().contains(consignment.stage())) {
			return rule("out-of-order");
		}
		return step.occurredAt().isBefore(consignment.stageAt()) ? rule("before-previous") : Optional.empty();
	}

	/** Only the service asks this: the projection may not read the clock. */
	static Optional<String> notInFuture(Instant occurredAt, Instant now) {
		return occurredAt.isAfter(now.plus(CLOCK_SLACK)) ? rule("in-future") : Optional.empty();
	}

	/** The field a broken rule is about, for the form that shows it. */
	static String field(String rule) {
		if (rule.endsWith("crossing-unknown")) {
			return "crossing";
		}
		if (rule.endsWith("out-of-order")) {
			return "stage";
		}
		return rule.endsWith("before-previous") || rule.endsWith("in-future") ? "occurredAt" : "reference";
	}

	private static Optional<String> rule(String name) {
		return Optional.of("aid.rule." + name);
	}

}
