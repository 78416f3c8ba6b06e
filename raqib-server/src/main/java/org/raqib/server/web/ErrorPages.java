package org.raqib.server.web;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.raqib.server.system.Problems;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error the servlet container routes to {@code /error}: problem details for the API, a page in the
 * user's language for everyone else. Nothing of the failure's internals is shown.
 */
@Controller
class ErrorPages implements ErrorController {

	private static final Set<Integer> OWN_PAGES = Set.of(400, 403, 404, 405, 500);

	private final Problems problems;

	ErrorPages(Problems problems) {
		this.problems = problems;
	}

	@RequestMapping("/error")
	Object error(HttpServletRequest request, Locale locale) {
		HttpStatus status = status(request);
		String path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri ? uri : "";
		if (path.startsWith("/api/") || path.startsWith("/actuator/")) {
			ProblemDetail problem = this.problems.of(status, "problem.status." + status.value(), locale);
			problem.setInstance(URI.create(path));
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		return page(status);
	}

	/** The error page for a status, in the user's language. */
	static ModelAndView page(HttpStatus status) {
		String key = "error." + (OWN_PAGES.contains(status.value()) ? String.valueOf(status.value()) : "generic");
		return new ModelAndView("error", Map.of("status", status.value(), "titleKey", key + ".title", "textKey",
				key + ".text"), status);
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}

}
