package org.raqib.server.system;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * RFC 9457 problem details in the request's language, for every API error: the title names the status,
 * the detail says what happened, and refused input lists each field with its message.
 */
@Component
public class Problems {

	/** The problem type of refused input. */
	public static final URI INVALID_INPUT = URI.create("urn:raqib:problem:invalid-input");

	private final MessageSource messages;

	Problems(MessageSource messages) {
		this.messages = messages;
	}

	public ProblemDetail of(HttpStatus status, String detailCode, Locale locale, Object... arguments) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setTitle(message("problem.title." + status.value(), List.of(), locale, status.getReasonPhrase()));
		problem.setDetail(message(detailCode, List.of(arguments), locale,
				message("problem.status.generic", List.of(), locale, "The request failed.")));
		return problem;
	}

	public ProblemDetail invalid(InvalidInput invalid, Locale locale) {
		ProblemDetail problem = of(HttpStatus.BAD_REQUEST, "problem.invalid-input", locale);
		problem.setType(INVALID_INPUT);
		problem.setProperty("errors", invalid.problems()
			.stream()
			.map(p -> Map.of("field", p.field(), "code", p.code(), "message",
					message(p.code(), p.arguments(), locale, p.code())))
			.toList());
		return problem;
	}

	/** The problem as a plain map, for writers outside Spring MVC (the security filters). */
	public static Map<String, Object> asMap(ProblemDetail problem) {
		var map = new LinkedHashMap<String, Object>();
		map.put("type", problem.getType() == null ? "about:blank" : problem.getType().toString());
		map.put("title", problem.getTitle());
		map.put("status", problem.getStatus());
		map.put("detail", problem.getDetail());
		if (problem.getInstance() != null) {
			map.put("instance", problem.getInstance().toString());
		}
		if (problem.getProperties() != null) {
			map.putAll(problem.getProperties());
		}
		return map;
	}

	public String message(String code, List<Object> arguments, Locale locale, @Nullable String fallback) {
		String text = this.messages.getMessage(code, arguments.toArray(), fallback, locale);
		return text == null ? code : text;
	}

}
