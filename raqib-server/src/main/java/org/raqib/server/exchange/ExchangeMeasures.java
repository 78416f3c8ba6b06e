package org.raqib.server.exchange;

import java.util.Set;

import org.raqib.server.agreement.compliance.MeasureSource;
import org.springframework.stereotype.Component;

/** The measures the exchange module counts for the compliance engine. */
@Component
class ExchangeMeasures implements MeasureSource {

	@Override
	public Set<String> measures() {
		return Set.of(ExchangeProjection.RELEASED, ExchangeProjection.LIST_HANDED_OVER);
	}

}
