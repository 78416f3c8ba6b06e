package org.raqib.server.access;

import java.util.Map;

import org.raqib.server.system.Problems;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.json.JsonMapper;

/**
 * Who may reach what. Two chains: the API and actuator (bearer tokens, no session, no cookies, so no
 * CSRF) and the browser (form login, session, CSRF). Every path has an explicit rule; the authorization
 * matrix test holds each role's expected answer for every endpoint.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

	/** No inline script or style anywhere; nothing from another origin; never framed. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/** Swagger UI (administrators only) injects style elements; its scripts stay same-origin. */
	static final String DOCS_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'",
			"style-src 'self' 'unsafe-inline'");

	static final String ADMIN = Role.ADMIN.name();

	/** The roles that work a room; which agreement and party they act in is checked by the module. */
	static final String[] ROOM = { Role.MEDIATOR.name(), Role.PARTY_LIAISON.name(), Role.MONITOR.name(),
			Role.AGENCY.name() };

	/** The room and the viewers: published incidents are for viewers too (the module cuts what they see). */
	static final String[] ROOM_AND_VIEWERS = { Role.MEDIATOR.name(), Role.PARTY_LIAISON.name(), Role.MONITOR.name(),
			Role.AGENCY.name(), Role.VIEWER.name() };

	/** The roles that record for a party: mediators for any party, liaisons for their own. */
	static final String[] AUTHORS = { Role.MEDIATOR.name(), Role.PARTY_LIAISON.name() };

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, Problems problems, LocaleResolver locales,
			JsonMapper json, AccessAudit audit) {
		var responses = new ProblemResponses(problems, locales, json);
		http.securityMatcher("/api/**", "/actuator/**", "/log/**")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
				.requestMatchers(HttpMethod.GET, "/log/**").permitAll()
				.requestMatchers(HttpMethod.GET, "/api/v1/logs", "/api/v1/logs/*", "/api/v1/logs/*/keys",
						"/api/v1/logs/*/entries/*", "/api/v1/logs/*/receipts/*", "/api/v1/logs/*/proofs/*",
						"/api/v1/logs/*/payloads/*")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/api/v1/public/**").permitAll()
				.requestMatchers(HttpMethod.GET, "/api/v1/agreements/*/dashboard").hasAnyRole(ROOM)
				.requestMatchers(HttpMethod.POST, "/api/v1/logs", "/api/v1/logs/*/parties", "/api/v1/logs/*/parties/**")
				.hasRole(ADMIN)
				.requestMatchers(HttpMethod.GET, "/api/v1/logs/*/statements", "/api/v1/logs/*/statements/**")
				.hasAnyRole(ROOM)
				.requestMatchers(HttpMethod.POST, "/api/v1/logs/*/statements", "/api/v1/logs/*/statements/**")
				.hasAnyRole(AUTHORS)
				.requestMatchers(HttpMethod.GET, "/api/v1/logs/*/entries/*/responses").hasAnyRole(ROOM)
				.requestMatchers(HttpMethod.POST, "/api/v1/logs/*/entries/*/responses").hasAnyRole(AUTHORS)
				.requestMatchers(HttpMethod.POST, "/api/v1/logs/*/entries").hasRole(Role.PARTY_LIAISON.name())
				.requestMatchers("/api/v1/agreements/*/aid/**").hasAnyRole(ROOM)
				.requestMatchers(HttpMethod.GET, "/api/v1/agreements/*/exchange/**").hasAnyRole(ROOM)
				.requestMatchers("/api/v1/agreements/*/exchange/**").hasAnyRole(AUTHORS)
				.requestMatchers("/api/v1/agreements/*/movement", "/api/v1/agreements/*/movement/**").hasAnyRole(ROOM)
				.requestMatchers(HttpMethod.GET, "/api/v1/agreements/*/incidents", "/api/v1/agreements/*/incidents/**")
				.hasAnyRole(ROOM_AND_VIEWERS)
				.requestMatchers("/api/v1/agreements/*/incidents", "/api/v1/agreements/*/incidents/**").hasAnyRole(ROOM)
				.requestMatchers(HttpMethod.POST, "/api/v1/agreements", "/api/v1/agreements/*/amendments")
				.hasAnyRole(ADMIN, Role.MEDIATOR.name())
				.requestMatchers("/actuator/**").hasRole(ADMIN)
				.requestMatchers("/api/v1/users/**", "/api/v1/audit/**").hasRole(ADMIN)
				.requestMatchers(HttpMethod.GET, "/api/v1/parties/**").authenticated()
				.requestMatchers("/api/v1/parties/**").hasRole(ADMIN)
				.anyRequest().authenticated())
			.csrf(csrf -> csrf.disable())
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.requestCache(cache -> cache.disable())
			.addFilterBefore(new ApiTokenFilter(tokens, responses, audit), UsernamePasswordAuthenticationFilter.class)
			.exceptionHandling(errors -> errors.authenticationEntryPoint(responses).accessDeniedHandler(responses))
			.headers(SecurityConfiguration::headers);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain web(HttpSecurity http, SessionRegistry sessions, AccessAudit audit) {
		var failures = new ExceptionMappingAuthenticationFailureHandler();
		failures.setDefaultFailureUrl("/login?error");
		failures.setExceptionMappings(Map.of(LoginThrottledException.class.getName(), "/login?locked"));
		http.authorizeHttpRequests(requests -> requests
				.requestMatchers("/login", "/error", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
						"/downloads/**")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/public", "/public/**").permitAll()
				.requestMatchers("/agreements/*/dashboard", "/agreements/*/dashboard/**").hasAnyRole(ROOM)
				.requestMatchers(HttpMethod.POST, "/agreements/*/reports", "/agreements/*/reports/**")
				.hasRole(Role.MEDIATOR.name())
				.requestMatchers(HttpMethod.GET, "/agreements/*/reports", "/agreements/*/reports/**").hasAnyRole(ROOM)
				.requestMatchers(HttpMethod.POST, "/logs").hasRole(ADMIN)
				.requestMatchers("/agreements/new", "/agreements/*/amend").hasAnyRole(ADMIN, Role.MEDIATOR.name())
				.requestMatchers("/agreements/*/personal-data", "/agreements/*/personal-data/**")
				.hasAnyRole(ADMIN, Role.MEDIATOR.name())
				.requestMatchers("/agreements/*/persons").hasAnyRole(ROOM)
				.requestMatchers("/agreements/*/exchange/import", "/agreements/*/exchange/import/**").hasAnyRole(AUTHORS)
				.requestMatchers("/agreements/*/exchange", "/agreements/*/exchange/**").hasAnyRole(ROOM)
				.requestMatchers("/agreements/*/movement", "/agreements/*/movement/**").hasAnyRole(ROOM)
				.requestMatchers("/agreements/*/reconcile", "/agreements/*/reconcile/**").hasAnyRole(AUTHORS)
				.requestMatchers("/agreements/*/incidents/new", "/agreements/*/incidents/import").hasAnyRole(ROOM)
				.requestMatchers(HttpMethod.GET, "/agreements/*/incidents", "/agreements/*/incidents/**")
				.hasAnyRole(ROOM_AND_VIEWERS)
				.requestMatchers("/agreements/*/incidents", "/agreements/*/incidents/**").hasAnyRole(ROOM)
				.requestMatchers("/agreements/*/aid/import", "/agreements/*/aid/import/**").hasAnyRole(ROOM)
				.requestMatchers("/agreements/*/aid", "/agreements/*/aid/**").hasAnyRole(ROOM)
				// News is public: any signed-in reader searches and reads it; reviewing it and managing its
				// sources is the mediators'; the record's figures beside it (discrepancies) are the room's.
				.requestMatchers("/agreements/*/news/review", "/agreements/*/news/claims/**", "/agreements/*/news/sources",
						"/agreements/*/news/upload")
				.hasRole(Role.MEDIATOR.name())
				.requestMatchers("/agreements/*/news/discrepancies").hasAnyRole(ROOM)
				.requestMatchers(HttpMethod.GET, "/agreements/*/news", "/agreements/*/news/articles/*").authenticated()
				.requestMatchers(HttpMethod.POST, "/logs/*/entries/*/responses").hasAnyRole(AUTHORS)
				.requestMatchers(HttpMethod.GET, "/logs/*/statements").hasAnyRole(ROOM)
				.requestMatchers(HttpMethod.POST, "/logs/*/statements", "/logs/*/statements/**").hasAnyRole(AUTHORS)
				.requestMatchers("/admin/**", "/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs", "/v3/api-docs/**",
						"/v3/api-docs.yaml", "/v3/api-docs.yaml/**")
				.hasRole(ADMIN)
				.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login").failureHandler(failures).defaultSuccessUrl("/", false))
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").deleteCookies("RAQIB_SESSION").addLogoutHandler((request, response, auth) -> {
				if (auth != null) {
					audit.record(Actor.of(auth, request), AuditAction.LOGOUT, auth.getName(), "");
				}
			}))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId())
				.invalidSessionUrl("/login?expired")
				.maximumSessions(-1)
				.sessionRegistry(sessions)
				.expiredUrl("/login?expired"))
			.headers(SecurityConfiguration::headers);
		return http.build();
	}

	private static void headers(HeadersConfigurer<HttpSecurity> headers) {
		RequestMatcher docs = PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**");
		headers
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(docs),
					new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(docs,
					new ContentSecurityPolicyHeaderWriter(DOCS_CONTENT_SECURITY_POLICY)))
			.frameOptions(frame -> frame.deny())
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
	}

	/** The only authentication provider: Spring Security makes it the global one, used by the form login. */
	@Bean
	PasswordLogin passwordLogin(Users users, PasswordEncoder encoder, LoginThrottle throttle, AccessAudit audit) {
		return new PasswordLogin(users, encoder, throttle, audit);
	}

	/** Metrics come from the endpoints; timing every security filter of every request cost a tenth of the CPU. */
	@Bean
	SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	static HttpSessionEventPublisher httpSessionEventPublisher() {
		return new HttpSessionEventPublisher();
	}

}
