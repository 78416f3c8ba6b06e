package org.raqib.server.report;

import java.util.Optional;

/**
 * What a module adds to every daily situation report: one part, drafted from what it recorded in the
 * report's period, in message keys the report resolves into both languages. A bean of this type is found
 * by Spring and placed in {@link #order()} among the others; empty when the module has nothing to say.
 */
public interface ReportSection {

	/** Where it stands: exchanges 100, aid 200, movement 300, obligations 500, disputes 600. */
	int order();

	Optional<ReportPart> draft(ReportPeriod period);

}
