package org.raqib.server.agreement.compliance;

import java.util.Set;

/**
 * Implemented by each module that records what obligations count (the exchange module's released persons,
 * the aid module's trucks…): the measures it feeds to {@link Facts}. An obligation counting a measure no
 * module provides is {@link Status#NOT_ASSESSABLE}.
 */
public interface MeasureSource {

	/** Measure names, {@code <module>.<what>}, such as {@code exchange.released} or {@code aid.trucks}. */
	Set<String> measures();

}
