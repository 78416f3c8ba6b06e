package org.raqib.server.access;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer rq_…}. A request with a token that is unknown, revoked,
 * expired or belongs to a disabled user is refused at once (401), not treated as anonymous.
 */
class ApiTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final ApiTokens tokens;

	private final ProblemResponses problems;

	private final AccessAudit audit;

	ApiTokenFilter(ApiTokens tokens, ProblemResponses problems, AccessAudit audit) {
		this.tokens = tokens;
		this.problems = problems;
		this.audit = audit;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			chain.doFilter(request, response);
			return;
		}
		var user = this.tokens.authenticate(header.substring(BEARER.length()).strip());
		if (user.isEmpty()) {
			this.audit.record(new Actor("-", request.getRemoteAddr()), AuditAction.TOKEN_REJECTED,
					request.getRequestURI(), "");
			this.problems.write(request, response, HttpStatus.UNAUTHORIZED, "problem.token-rejected");
			return;
		}
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.get(), null,
				user.get().getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
