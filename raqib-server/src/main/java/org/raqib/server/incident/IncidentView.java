package org.raqib.server.incident;

import java.util.List;

import org.raqib.server.agreement.compliance.Obligation;
import org.raqib.server.record.Response;

/**
 * An incident's page: the incident, its full report, its history, the parties' answers, the duplicates merged
 * into it, and for the room the obligations it may breach and the steps the reader may take now.
 */
record IncidentView(Incident incident, IncidentReport report, List<IncidentStep> history, List<Response> responses,
		List<Incident> duplicates, List<Obligation> suggestions, List<IncidentStatus> nextSteps, boolean mayMerge,
		boolean mayConfirm, List<String> answeringFor) {

	public boolean disputed() {
		return this.responses.stream().anyMatch(r -> r.disputes() && r.stands());
	}

}
