package org.raqib.server.geo;

import java.util.ArrayList;
import java.util.List;

import org.raqib.server.system.InvalidInput.FieldProblem;
import org.raqib.server.system.InvalidInput;

/** The problems found so far in a file; reading goes on after one so that the author sees them all at once. */
final class ProblemList {

	private final List<FieldProblem> problems = new ArrayList<>();

	void add(String field, String code, Object... arguments) {
		this.problems.add(new FieldProblem(field, code, List.of(arguments)));
	}

	int size() {
		return this.problems.size();
	}

	void throwIfAny() {
		if (!this.problems.isEmpty()) {
			throw failure();
		}
	}

	InvalidInput failure() {
		return new InvalidInput(this.problems);
	}

}
