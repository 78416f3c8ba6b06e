package org.raqib.server.incident;

import org.jspecify.annotations.Nullable;

/**
 * The workflow's rules that an entry alone can be judged by, the same before a step is appended (refused with
 * the rule's code) and when it is projected (kept and flagged): steps in order, nobody verifying their own
 * report, nobody publishing their own verdict, nothing done to a merged duplicate, breaches only of verified
 * incidents.
 */
final class IncidentRules {

	private IncidentRules() {
	}

	/** The code of the rule a step breaks, or null. */
	static @Nullable String step(Incident incident, IncidentStatus to, String by) {
		if (incident.merged()) {
			return "incident.step.on-duplicate";
		}
		if (!to.from().contains(incident.status())) {
			return "incident.step.out-of-order";
		}
		if (to.isVerdict() && by.equals(incident.reportedBy())) {
			return "incident.verify.own-report";
		}
		if (to == IncidentStatus.PUBLISHED && by.equals(incident.verifiedBy())) {
			return "incident.publish.own-verdict";
		}
		return null;
	}

	static @Nullable String duplicate(Incident duplicate, Incident original) {
		if (duplicate.index() == original.index()) {
			return "incident.duplicate.itself";
		}
		if (duplicate.merged() || original.merged()) {
			return "incident.duplicate.merged";
		}
		if (duplicate.published()) {
			return "incident.duplicate.published";
		}
		return null;
	}

	static @Nullable String breach(Incident incident) {
		if (incident.merged()) {
			return "incident.step.on-duplicate";
		}
		if (incident.status() != IncidentStatus.VERIFIED && incident.status() != IncidentStatus.PUBLISHED) {
			return "incident.breach.not-verified";
		}
		return null;
	}

}
