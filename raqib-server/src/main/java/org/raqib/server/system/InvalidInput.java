package org.raqib.server.system;

import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;

/**
 * Input from outside that Raqib refuses, with every problem found, each naming its field (or line) and
 * a message code that every door (form, API, command, import) renders in the user's language.
 * Nothing of refused input is applied.
 */
public class InvalidInput extends RuntimeException {

	private final List<FieldProblem> problems;

	public InvalidInput(List<FieldProblem> problems) {
		super("invalid input: " + problems);
		this.problems = List.copyOf(problems);
	}

	public static InvalidInput of(String field, String code, Object... arguments) {
		return new InvalidInput(List.of(new FieldProblem(field, code, List.of(arguments))));
	}

	/** Bean Validation's violations, whose message templates are message codes such as {@code {user.username.pattern}}. */
	public static InvalidInput from(Set<? extends ConstraintViolation<?>> violations) {
		return new InvalidInput(violations.stream()
			.map(v -> new FieldProblem(v.getPropertyPath().toString(), stripBraces(v.getMessageTemplate()), List.of()))
			.sorted(java.util.Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::code))
			.toList());
	}

	private static String stripBraces(String template) {
		return template.startsWith("{") && template.endsWith("}") ? template.substring(1, template.length() - 1)
				: template;
	}

	public List<FieldProblem> problems() {
		return this.problems;
	}

	/**
	 * @param field the field, as the form or API body names it (or {@code line N} for files).
	 * @param code the message code explaining the problem.
	 * @param arguments the message's arguments.
	 */
	public record FieldProblem(String field, String code, List<Object> arguments) {

		public FieldProblem {
			arguments = List.copyOf(arguments);
		}

	}

}
