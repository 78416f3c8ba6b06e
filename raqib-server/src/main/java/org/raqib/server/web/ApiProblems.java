package org.raqib.server.web;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.raqib.server.system.InvalidInput;
import org.raqib.server.system.NotFound;
import org.raqib.server.system.Problems;
import org.raqib.server.system.Rejected;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import tools.jackson.databind.DatabindException;

/** Turns every failure of an API call into problem details in the request's language. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

	private final Problems problems;

	ApiProblems(Problems problems) {
		this.problems = problems;
	}

	@ExceptionHandler(InvalidInput.class)
	ProblemDetail invalid(InvalidInput ex, Locale locale) {
		return this.problems.invalid(ex, locale);
	}

	@ExceptionHandler(Rejected.class)
	ResponseEntity<ProblemDetail> rejected(Rejected ex, Locale locale) {
		ProblemDetail problem = this.problems.of(ex.status(), "problem.rejected", locale, ex.rule());
		problem.setProperty("rule", ex.rule());
		problem.setProperty("reason", ex.getMessage());
		ex.properties().forEach(problem::setProperty);
		var response = ResponseEntity.status(ex.status());
		if (ex.status() == HttpStatus.SERVICE_UNAVAILABLE) {
			response = response.header(HttpHeaders.RETRY_AFTER, "2");
		}
		return response.body(problem);
	}

	@ExceptionHandler(NotFound.class)
	ProblemDetail notFound(NotFound ex, Locale locale) {
		return this.problems.of(HttpStatus.NOT_FOUND, "problem.status.404", locale);
	}

	/** Malformed JSON, an unknown field, or a value of the wrong type: the field is named when Jackson knows it. */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException ex, Locale locale) {
		String field = ex.getCause() instanceof DatabindException databind ? path(databind) : "";
		String code = field.isEmpty() ? "problem.body.unreadable" : "problem.body.field";
		return this.problems.invalid(InvalidInput.of(field.isEmpty() ? "body" : field, code, field), locale);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail mismatch(MethodArgumentTypeMismatchException ex, Locale locale) {
		return this.problems.invalid(InvalidInput.of(ex.getName(), "problem.parameter.invalid", ex.getName()), locale);
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail other(Exception ex, Locale locale) {
		HttpStatusCode code = ex instanceof ErrorResponse response ? response.getStatusCode()
				: HttpStatus.INTERNAL_SERVER_ERROR;
		HttpStatus status = HttpStatus.resolve(code.value());
		if (status == null || status.is5xxServerError()) {
			log.error("API request failed", ex);
			status = status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
		}
		return this.problems.of(status, "problem.status." + status.value(), locale);
	}

	private static String path(DatabindException ex) {
		List<String> names = ex.getPath()
			.stream()
			.map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
			.toList();
		return names.stream().collect(Collectors.joining(".")).replace(".[", "[");
	}

}
