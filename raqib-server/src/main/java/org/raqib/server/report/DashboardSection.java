package org.raqib.server.report;

import java.util.List;

/**
 * What a module adds to every agreement's dashboard: charts of what it counts. A bean of this type is
 * found by Spring and drawn in {@link #order()} among the others; it returns no chart when the agreement
 * has nothing of its kind.
 */
public interface DashboardSection {

	/** Where it stands among the sections: lower first (trucks 100, releases 200, people 300). */
	int order();

	List<DashboardChart> charts(DashboardPeriod period);

}
