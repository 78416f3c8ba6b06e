package org.raqib.server.web;

import org.raqib.server.system.NotFound;
import org.raqib.server.system.Rejected;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page that refuses (no need to know, not sequenced here) or names something that does not exist
 * shows the error page for that status, in the user's language. API calls get problem details instead
 * ({@link ApiProblems}, which goes first).
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageProblems {

	@ExceptionHandler(Rejected.class)
	ModelAndView rejected(Rejected ex) {
		return ErrorPages.page(ex.status());
	}

	@ExceptionHandler(NotFound.class)
	ModelAndView notFound(NotFound ex) {
		return ErrorPages.page(HttpStatus.NOT_FOUND);
	}

}
