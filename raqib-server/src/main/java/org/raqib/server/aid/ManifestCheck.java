package org.raqib.server.aid;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A manifest checked row by row: its consignments, or the problems found; one problem and nothing is applied. */
record ManifestCheck(List<ManifestLine> lines, List<ManifestProblem> problems) {

	ManifestCheck {
		lines = List.copyOf(lines);
		problems = List.copyOf(problems);
	}

	boolean valid() {
		return this.problems.isEmpty() && !this.lines.isEmpty();
	}

	int trucks() {
		return this.lines.stream().mapToInt(l -> l.consignment().trucks()).sum();
	}

	/** Trucks by the stage the manifest says they reached. */
	Map<String, Integer> trucksByStage() {
		var trucks = new TreeMap<String, Integer>();
		this.lines.forEach(l -> trucks.merge(l.reached().code(), l.consignment().trucks(), Integer::sum));
		return trucks;
	}

}
