package org.raqib.server.system;

import jakarta.validation.Validator;

import org.springframework.stereotype.Component;

/** Runs Bean Validation on a command and turns violations into {@link InvalidInput}. */
@Component
public class InputValidation {

	private final Validator validator;

	InputValidation(Validator validator) {
		this.validator = validator;
	}

	public <T> T check(T command) {
		var violations = this.validator.validate(command);
		if (!violations.isEmpty()) {
			throw InvalidInput.from(violations);
		}
		return command;
	}

}
