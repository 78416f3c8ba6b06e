package org.raqib.server.aid;

import java.util.Set;

import org.raqib.server.agreement.compliance.MeasureSource;
import org.springframework.stereotype.Component;

/** The measures the aid module counts for the compliance engine. */
@Component
class AidMeasures implements MeasureSource {

	@Override
	public Set<String> measures() {
		return Set.of(AidProjection.TRUCKS);
	}

}
