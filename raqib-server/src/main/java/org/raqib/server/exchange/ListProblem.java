package org.raqib.server.exchange;

import java.util.List;

/**
 * What is wrong in a list file's row, placed by the row number the user sees and the column's header as
 * the file spells it (empty when the whole row is meant), with a message code and its arguments.
 */
record ListProblem(int row, String column, String code, List<Object> arguments) {

	ListProblem {
		arguments = List.copyOf(arguments);
	}

	static ListProblem of(int row, String column, String code, Object... arguments) {
		return new ListProblem(row, column, code, List.of(arguments));
	}

}
