package org.raqib.server.agreement;

import java.util.ArrayList;
import java.util.List;

import org.raqib.server.system.InvalidInput;
import org.raqib.server.system.InvalidInput.FieldProblem;

/**
 * Every problem found in an uploaded agreement file, each placed by line and column and by its path in the
 * document ({@code obligations[2].at_least}), so the file is refused once with all of them.
 */
final class FileProblems {

	private final List<FieldProblem> problems = new ArrayList<>();

	void add(String where, String code, Object... arguments) {
		this.problems.add(new FieldProblem(where, code, List.of(arguments)));
	}

	void addAll(String prefix, InvalidInput invalid) {
		invalid.problems().forEach(p -> this.problems.add(new FieldProblem(prefix + p.field(), p.code(), p.arguments())));
	}

	boolean isEmpty() {
		return this.problems.isEmpty();
	}

	void throwIfAny() {
		if (!this.problems.isEmpty()) {
			throw new InvalidInput(this.problems);
		}
	}

}
