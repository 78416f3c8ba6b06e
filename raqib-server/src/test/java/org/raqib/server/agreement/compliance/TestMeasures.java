package org.raqib.server.agreement.compliance;

import java.util.Set;

import org.springframework.stereotype.Component;

/** A module that records {@code test.counted}, for tests only. */
@Component
class TestMeasures implements MeasureSource {

	static final String COUNTED = "test.counted";

	@Override
	public Set<String> measures() {
		return Set.of(COUNTED);
	}

}
