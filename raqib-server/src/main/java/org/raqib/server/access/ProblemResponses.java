package org.raqib.server.access;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.raqib.server.system.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.json.JsonMapper;

/** The API's 401 and 403, as problem details in the request's language. */
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final Problems problems;

	private final LocaleResolver locales;

	private final JsonMapper json;

	ProblemResponses(Problems problems, LocaleResolver locales, JsonMapper json) {
		this.problems = problems;
		this.locales = locales;
		this.json = json;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		response.setHeader("WWW-Authenticate", "Bearer");
		write(request, response, HttpStatus.UNAUTHORIZED, "problem.unauthenticated");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		write(request, response, HttpStatus.FORBIDDEN, "problem.forbidden");
	}

	void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detailCode)
			throws IOException {
		ProblemDetail problem = this.problems.of(status, detailCode, this.locales.resolveLocale(request));
		problem.setInstance(java.net.URI.create(request.getRequestURI()));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.json.writeValue(response.getOutputStream(), Problems.asMap(problem));
	}

}
