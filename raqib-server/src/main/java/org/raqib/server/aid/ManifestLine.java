package org.raqib.server.aid;

import java.time.Instant;
import java.util.List;

/**
 * A manifest's row read as a consignment to register and the stage it had reached, with the row it came
 * from. The steps between registration and that stage are recorded at the stage's time, since a manifest
 * says only when the last one happened.
 */
record ManifestLine(int row, Consignments.NewConsignment consignment, Stage reached, Instant reachedAt) {

	/** The stages a manifest may report, in the order a crossed truck goes through them. */
	static final List<Stage> PATH = List.of(Stage.REGISTERED, Stage.ARRIVED, Stage.INSPECTED, Stage.CLEARED,
			Stage.CROSSED, Stage.OFFLOADED, Stage.COLLECTED, Stage.DELIVERED);

	/** The steps after registration up to the stage reached. */
	List<Stage> steps() {
		return PATH.subList(1, PATH.indexOf(this.reached) + 1);
	}

}
