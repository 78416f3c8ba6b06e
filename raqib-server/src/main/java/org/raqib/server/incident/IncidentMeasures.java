package org.raqib.server.incident;

import java.util.Set;

import org.raqib.server.agreement.compliance.MeasureSource;
import org.springframework.stereotype.Component;

/** The measure the incident module counts for the compliance engine: incidents confirmed as breaches. */
@Component
class IncidentMeasures implements MeasureSource {

	@Override
	public Set<String> measures() {
		return Set.of(IncidentProjection.REPORTED);
	}

}
