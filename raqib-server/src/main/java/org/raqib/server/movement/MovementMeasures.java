package org.raqib.server.movement;

import java.util.Set;

import org.raqib.server.agreement.compliance.MeasureSource;
import org.springframework.stereotype.Component;

/** The measure the movement module counts for the compliance engine: the room's own counts of people crossing. */
@Component
class MovementMeasures implements MeasureSource {

	@Override
	public Set<String> measures() {
		return Set.of(MovementProjection.CROSSED);
	}

}
