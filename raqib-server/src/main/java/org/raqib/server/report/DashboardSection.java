package org.raqib.server.report;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a module adds to every agreement's dashboard: charts of what it counts. A bean of this type is
 * found by Spring and drawn in {@link #order()} among the others; it returns no chart when the agreement
 * has nothing of its kind.
 */
public interface DashboardSection {

	/** Where it stands among the sections: lower first (trucks 100, releases 200, people 300). */
	int order();

	List<DashboardChart> charts(DashboardPeriod period);

	/**
	 * When the last thing this section counts occurred, before {@code until}: an agreement whose term has
	 * ended draws its charts up to the latest of these (and of its term), not over empty days.
	 */
	default Optional<Instant> latest(String agreement, Instant until) {
		return Optional.empty();
	}

}
