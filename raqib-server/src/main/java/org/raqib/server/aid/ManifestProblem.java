package org.raqib.server.aid;

import java.util.List;

/** What is wrong in a manifest's row: the row the user sees, the column's header as the file spells it, a message. */
record ManifestProblem(int row, String column, String code, List<Object> arguments) {

	ManifestProblem {
		arguments = List.copyOf(arguments);
	}

}
