package org.raqib.server.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

/**
 * A refused form's messages by field, in the user's language, for the template to show beside each
 * field ({@code errors.of('username')}).
 */
public record FormErrors(Map<String, List<String>> byField) {

	public static final FormErrors NONE = new FormErrors(Map.of());

	public static FormErrors of(InvalidInput invalid, MessageSource messages, Locale locale) {
		var byField = new LinkedHashMap<String, List<String>>();
		for (InvalidInput.FieldProblem p : invalid.problems()) {
			String text = messages.getMessage(p.code(), p.arguments().toArray(), p.code(), locale);
			byField.merge(p.field(), List.of(text), (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList());
		}
		return new FormErrors(Map.copyOf(byField));
	}

	public List<String> of(String field) {
		return this.byField.getOrDefault(field, List.of());
	}

	public boolean any() {
		return !this.byField.isEmpty();
	}

}
