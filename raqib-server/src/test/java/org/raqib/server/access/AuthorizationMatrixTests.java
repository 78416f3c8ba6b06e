package org.raqib.server.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.raqib.server.ContextTest;
import org.raqib.server.record.LogAdministration;
import org.raqib.server.record.LogReader;
import org.raqib.server.record.NewLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every mapped endpoint, MVC and API, answered for every role. The table below is the rule; an endpoint
 * added without a row fails {@link #everyEndpointHasARule()}, and a row without an endpoint fails too.
 */
@ContextTest
class AuthorizationMatrixTests {

	/** Who may call an endpoint: anyone, any signed-in user, or the holders of some roles. */
	record Rule(boolean anyone, boolean anySignedIn, Set<Role> roles) {

		static final Rule PUBLIC = new Rule(true, true, Set.of());

		static final Rule SIGNED_IN = new Rule(false, true, Set.of());

		static final Rule ADMIN = roles(Role.ADMIN);

		/** The roles that work a room. */
		static final Rule ROOM = roles(Role.MEDIATOR, Role.PARTY_LIAISON, Role.MONITOR, Role.AGENCY);

		/** The room and the viewers (who see published incidents only). */
		static final Rule ROOM_AND_VIEWERS = roles(Role.MEDIATOR, Role.PARTY_LIAISON, Role.MONITOR, Role.AGENCY,
				Role.VIEWER);

		/** The roles that record for a party. */
		static final Rule AUTHORS = roles(Role.MEDIATOR, Role.PARTY_LIAISON);

		static final Rule LIAISONS = roles(Role.PARTY_LIAISON);

		/** Those who define and amend agreements. */
		static final Rule DEFINERS = roles(Role.ADMIN, Role.MEDIATOR);

		static Rule roles(Role... roles) {
			return new Rule(false, false, Set.of(roles));
		}

	}

	/** A caller: anonymous, or a user holding one role. */
	enum Caller {

		ANONYMOUS(null), VIEWER(Role.VIEWER), MONITOR(Role.MONITOR), PARTY_LIAISON(Role.PARTY_LIAISON),
		AGENCY(Role.AGENCY), MEDIATOR(Role.MEDIATOR), ADMIN(Role.ADMIN);

		final Role role;

		Caller(Role role) {
			this.role = role;
		}

	}

	static final Map<String, Rule> RULES = Map.ofEntries(
			Map.entry("GET /", Rule.SIGNED_IN),
			Map.entry("GET /login", Rule.PUBLIC),
			Map.entry("GET /error", Rule.PUBLIC),
			Map.entry("GET /account", Rule.SIGNED_IN),
			Map.entry("POST /account/password", Rule.SIGNED_IN),
			Map.entry("GET /tokens", Rule.SIGNED_IN),
			Map.entry("POST /tokens", Rule.SIGNED_IN),
			Map.entry("POST /tokens/{id}/revoke", Rule.SIGNED_IN),
			Map.entry("GET /admin/users", Rule.ADMIN),
			Map.entry("POST /admin/users", Rule.ADMIN),
			Map.entry("GET /admin/users/{id}", Rule.ADMIN),
			Map.entry("POST /admin/users/{id}/enabled", Rule.ADMIN),
			Map.entry("POST /admin/users/{id}/password", Rule.ADMIN),
			Map.entry("POST /admin/users/{id}/grants", Rule.ADMIN),
			Map.entry("POST /admin/users/{id}/grants/{grantId}/revoke", Rule.ADMIN),
			Map.entry("GET /admin/parties", Rule.ADMIN),
			Map.entry("POST /admin/parties", Rule.ADMIN),
			Map.entry("GET /admin/parties/{code}", Rule.ADMIN),
			Map.entry("POST /admin/parties/{code}", Rule.ADMIN),
			Map.entry("GET /admin/audit", Rule.ADMIN),
			Map.entry("GET /api/v1/me", Rule.SIGNED_IN),
			Map.entry("GET /api/v1/users", Rule.ADMIN),
			Map.entry("POST /api/v1/users", Rule.ADMIN),
			Map.entry("GET /api/v1/users/{id}", Rule.ADMIN),
			Map.entry("PUT /api/v1/users/{id}/enabled", Rule.ADMIN),
			Map.entry("POST /api/v1/users/{id}/password-reset", Rule.ADMIN),
			Map.entry("POST /api/v1/users/{id}/grants", Rule.ADMIN),
			Map.entry("DELETE /api/v1/users/{id}/grants/{grantId}", Rule.ADMIN),
			Map.entry("GET /api/v1/parties", Rule.SIGNED_IN),
			Map.entry("GET /api/v1/parties/{code}", Rule.SIGNED_IN),
			Map.entry("POST /api/v1/parties", Rule.ADMIN),
			Map.entry("PUT /api/v1/parties/{code}", Rule.ADMIN),
			Map.entry("GET /api/v1/tokens", Rule.SIGNED_IN),
			Map.entry("POST /api/v1/tokens", Rule.SIGNED_IN),
			Map.entry("DELETE /api/v1/tokens/{id}", Rule.SIGNED_IN),
			Map.entry("GET /api/v1/audit", Rule.ADMIN),
			Map.entry("GET /actuator", Rule.ADMIN),
			Map.entry("GET /actuator/health", Rule.PUBLIC),
			Map.entry("GET /actuator/health/**", Rule.PUBLIC),
			Map.entry("GET /actuator/prometheus", Rule.ADMIN),
			Map.entry("GET /swagger-ui.html", Rule.ADMIN),
			Map.entry("GET /v3/api-docs", Rule.ADMIN),
			Map.entry("GET /v3/api-docs.yaml", Rule.ADMIN),
			Map.entry("GET /v3/api-docs/swagger-config", Rule.ADMIN),
			Map.entry("GET /logs", Rule.SIGNED_IN),
			Map.entry("POST /logs", Rule.ADMIN),
			Map.entry("GET /logs/{log}", Rule.SIGNED_IN),
			Map.entry("GET /logs/{log}/entries/{index}", Rule.SIGNED_IN),
			Map.entry("GET /logs/{log}/keys", Rule.SIGNED_IN),
			Map.entry("GET /logs/{log}/statements", Rule.ROOM),
			Map.entry("POST /logs/{log}/entries/{index}/responses", Rule.AUTHORS),
			Map.entry("GET /api/v1/logs/{log}/entries/{index}/responses", Rule.ROOM),
			Map.entry("POST /api/v1/logs/{log}/entries/{index}/responses", Rule.AUTHORS),
			Map.entry("POST /logs/{log}/statements", Rule.AUTHORS),
			Map.entry("POST /logs/{log}/statements/{index}/correction", Rule.AUTHORS),
			Map.entry("POST /logs/{log}/statements/{index}/retraction", Rule.AUTHORS),
			Map.entry("GET /log/{log}/checkpoint", Rule.PUBLIC),
			Map.entry("GET /log/{log}/roster/{index}", Rule.PUBLIC),
			Map.entry("GET /log/{log}/tile/**", Rule.PUBLIC),
			Map.entry("GET /log/{log}/tile/entries/**", Rule.PUBLIC),
			Map.entry("GET /api/v1/logs", Rule.PUBLIC),
			Map.entry("POST /api/v1/logs", Rule.ADMIN),
			Map.entry("GET /api/v1/logs/{log}", Rule.PUBLIC),
			Map.entry("GET /api/v1/logs/{log}/keys", Rule.PUBLIC),
			Map.entry("POST /api/v1/logs/{log}/parties", Rule.ADMIN),
			Map.entry("POST /api/v1/logs/{log}/parties/{party}/keys", Rule.ADMIN),
			Map.entry("POST /api/v1/logs/{log}/entries", Rule.LIAISONS),
			Map.entry("GET /api/v1/logs/{log}/entries/{index}", Rule.PUBLIC),
			Map.entry("GET /api/v1/logs/{log}/payloads/{index}", Rule.PUBLIC),
			Map.entry("GET /api/v1/logs/{log}/receipts/{index}", Rule.PUBLIC),
			Map.entry("GET /api/v1/logs/{log}/proofs/inclusion", Rule.PUBLIC),
			Map.entry("GET /api/v1/logs/{log}/proofs/consistency", Rule.PUBLIC),
			Map.entry("GET /api/v1/logs/{log}/statements", Rule.ROOM),
			Map.entry("GET /api/v1/logs/{log}/statements/{index}", Rule.ROOM),
			Map.entry("POST /api/v1/logs/{log}/statements", Rule.AUTHORS),
			Map.entry("POST /api/v1/logs/{log}/statements/{index}/corrections", Rule.AUTHORS),
			Map.entry("POST /api/v1/logs/{log}/statements/{index}/retractions", Rule.AUTHORS),
			Map.entry("GET /agreements", Rule.SIGNED_IN),
			Map.entry("GET /agreements/{id}", Rule.SIGNED_IN),
			Map.entry("GET /agreements/{id}/map.geojson", Rule.SIGNED_IN),
			Map.entry("GET /agreements/new", Rule.DEFINERS),
			Map.entry("POST /agreements/new", Rule.DEFINERS),
			Map.entry("GET /agreements/{id}/amend", Rule.DEFINERS),
			Map.entry("POST /agreements/{id}/amend", Rule.DEFINERS),
			Map.entry("GET /agreements/{id}/personal-data", Rule.DEFINERS),
			Map.entry("POST /agreements/{id}/personal-data", Rule.DEFINERS),
			Map.entry("POST /agreements/{id}/personal-data/{grantId}/revoke", Rule.DEFINERS),
			Map.entry("GET /agreements/{id}/personal-data/audit", Rule.DEFINERS),
			Map.entry("GET /agreements/{id}/persons", Rule.ROOM),
			Map.entry("POST /agreements/{id}/persons", Rule.ROOM),
			Map.entry("GET /api/v1/agreements", Rule.SIGNED_IN),
			Map.entry("GET /api/v1/agreements/{id}", Rule.SIGNED_IN),
			Map.entry("GET /api/v1/agreements/{id}/compliance", Rule.SIGNED_IN),
			Map.entry("GET /api/v1/agreements/{id}/versions", Rule.SIGNED_IN),
			Map.entry("GET /api/v1/agreements/{id}/geography", Rule.SIGNED_IN),
			Map.entry("POST /api/v1/agreements", Rule.DEFINERS),
			Map.entry("POST /api/v1/agreements/{id}/amendments", Rule.DEFINERS),
			Map.entry("GET /agreements/{id}/exchange/import", Rule.AUTHORS),
			Map.entry("POST /agreements/{id}/exchange/import", Rule.AUTHORS),
			Map.entry("POST /agreements/{id}/exchange/import/mapping", Rule.AUTHORS),
			Map.entry("POST /agreements/{id}/exchange/import/apply", Rule.AUTHORS),
			Map.entry("POST /agreements/{id}/exchange/import/cancel", Rule.AUTHORS),
			Map.entry("GET /agreements/{id}/exchange/lists/{listId}/export", Rule.ROOM),
			Map.entry("GET /agreements/{id}/exchange", Rule.ROOM),
			Map.entry("GET /agreements/{id}/reconcile", Rule.AUTHORS),
			Map.entry("POST /agreements/{id}/reconcile", Rule.AUTHORS),
			Map.entry("POST /agreements/{id}/reconcile/decisions", Rule.AUTHORS),
			Map.entry("POST /agreements/{id}/reconcile/export", Rule.AUTHORS),
			Map.entry("GET /agreements/{id}/dashboard", Rule.ROOM),
			Map.entry("GET /agreements/{id}/dashboard/live", Rule.ROOM),
			Map.entry("GET /api/v1/agreements/{id}/dashboard", Rule.ROOM),
			Map.entry("GET /agreements/{id}/reports", Rule.ROOM),
			Map.entry("POST /agreements/{id}/reports", Rule.roles(Role.MEDIATOR)),
			Map.entry("GET /agreements/{id}/reports/{day}", Rule.ROOM),
			Map.entry("POST /agreements/{id}/reports/{day}/summary", Rule.roles(Role.MEDIATOR)),
			Map.entry("POST /agreements/{id}/reports/{day}/redraft", Rule.roles(Role.MEDIATOR)),
			Map.entry("POST /agreements/{id}/reports/{day}/approve", Rule.roles(Role.MEDIATOR)),
			Map.entry("POST /agreements/{id}/reports/{day}/publish", Rule.roles(Role.MEDIATOR)),
			Map.entry("GET /public", Rule.PUBLIC),
			Map.entry("GET /public/agreements/{id}", Rule.PUBLIC),
			Map.entry("GET /public/agreements/{id}/reports/{day}", Rule.PUBLIC),
			Map.entry("GET /public/agreements/{id}/reports/{day}/report-{language}.pdf", Rule.PUBLIC),
			Map.entry("GET /public/agreements/{id}/reports/{day}/figures.csv", Rule.PUBLIC),
			Map.entry("GET /public/agreements/{id}/reports/{day}/report.json", Rule.PUBLIC),
			Map.entry("GET /api/v1/public/agreements/{id}/reports", Rule.PUBLIC),
			Map.entry("GET /agreements/{id}/aid", Rule.ROOM),
			Map.entry("GET /agreements/{id}/aid/consignments/{reference}", Rule.ROOM),
			Map.entry("POST /agreements/{id}/aid/responses", Rule.ROOM),
			Map.entry("GET /agreements/{id}/aid/capture", Rule.ROOM),
			Map.entry("POST /agreements/{id}/aid/capture", Rule.ROOM),
			Map.entry("GET /agreements/{id}/aid/counts", Rule.ROOM),
			Map.entry("POST /agreements/{id}/aid/counts", Rule.ROOM),
			Map.entry("GET /agreements/{id}/aid/export.csv", Rule.ROOM),
			Map.entry("GET /agreements/{id}/aid/import", Rule.ROOM),
			Map.entry("POST /agreements/{id}/aid/import", Rule.ROOM),
			Map.entry("POST /agreements/{id}/aid/import/mapping", Rule.ROOM),
			Map.entry("POST /agreements/{id}/aid/import/apply", Rule.ROOM),
			Map.entry("POST /agreements/{id}/aid/import/cancel", Rule.ROOM),
			Map.entry("GET /api/v1/agreements/{id}/aid/consignments/{reference}", Rule.ROOM),
			Map.entry("GET /api/v1/agreements/{id}/aid/board", Rule.ROOM),
			Map.entry("GET /api/v1/agreements/{id}/aid/counts", Rule.ROOM),
			Map.entry("POST /api/v1/agreements/{id}/aid/consignments", Rule.ROOM),
			Map.entry("POST /api/v1/agreements/{id}/aid/consignments/{reference}/steps", Rule.ROOM),
			Map.entry("POST /api/v1/agreements/{id}/aid/counts", Rule.ROOM),
			Map.entry("POST /agreements/{id}/exchange/rounds", Rule.ROOM),
			Map.entry("GET /agreements/{id}/exchange/rounds/{n}", Rule.ROOM),
			Map.entry("POST /agreements/{id}/exchange/rounds/{n}/status", Rule.ROOM),
			Map.entry("POST /agreements/{id}/exchange/rounds/{n}/steps", Rule.ROOM),
			Map.entry("POST /agreements/{id}/exchange/rounds/{n}/steps/{index}/retraction", Rule.ROOM),
			Map.entry("GET /agreements/{id}/exchange/lists/{listId}", Rule.ROOM),
			Map.entry("GET /api/v1/agreements/{id}/exchange/rounds", Rule.ROOM),
			Map.entry("GET /api/v1/agreements/{id}/exchange/rounds/{n}", Rule.ROOM),
			Map.entry("GET /api/v1/agreements/{id}/exchange/lists/{listId}", Rule.ROOM),
			Map.entry("POST /api/v1/agreements/{id}/exchange/rounds", Rule.AUTHORS),
			Map.entry("POST /api/v1/agreements/{id}/exchange/rounds/{n}/status", Rule.AUTHORS),
			Map.entry("POST /api/v1/agreements/{id}/exchange/lists", Rule.AUTHORS),
			Map.entry("GET /agreements/{id}/movement", Rule.ROOM),
			Map.entry("GET /agreements/{id}/movement/capture", Rule.ROOM),
			Map.entry("POST /agreements/{id}/movement/counts", Rule.ROOM),
			Map.entry("POST /agreements/{id}/movement/reported-counts", Rule.ROOM),
			Map.entry("POST /agreements/{id}/movement/responses", Rule.ROOM),
			Map.entry("GET /agreements/{id}/news", Rule.SIGNED_IN),
			Map.entry("GET /agreements/{id}/news/articles/{reference}", Rule.SIGNED_IN),
			Map.entry("GET /agreements/{id}/news/review", Rule.roles(Role.MEDIATOR)),
			Map.entry("POST /agreements/{id}/news/claims/{reference}/{n}/accept", Rule.roles(Role.MEDIATOR)),
			Map.entry("POST /agreements/{id}/news/claims/{reference}/{n}/reject", Rule.roles(Role.MEDIATOR)),
			Map.entry("GET /agreements/{id}/news/discrepancies", Rule.ROOM),
			Map.entry("GET /agreements/{id}/news/sources", Rule.roles(Role.MEDIATOR)),
			Map.entry("POST /agreements/{id}/news/sources", Rule.roles(Role.MEDIATOR)),
			Map.entry("POST /agreements/{id}/news/upload", Rule.roles(Role.MEDIATOR)),
			Map.entry("GET /api/v1/agreements/{id}/movement", Rule.ROOM),
			Map.entry("GET /api/v1/agreements/{id}/movement/lists/{listId}", Rule.ROOM),
			Map.entry("POST /api/v1/agreements/{id}/movement/counts", Rule.ROOM),
			Map.entry("POST /api/v1/agreements/{id}/movement/reported-counts", Rule.ROOM),
			Map.entry("POST /api/v1/agreements/{id}/movement/lists", Rule.ROOM),
			Map.entry("GET /agreements/{id}/incidents", Rule.ROOM_AND_VIEWERS),
			Map.entry("GET /agreements/{id}/incidents/new", Rule.ROOM),
			Map.entry("POST /agreements/{id}/incidents", Rule.ROOM),
			Map.entry("GET /agreements/{id}/incidents/{index}", Rule.ROOM_AND_VIEWERS),
			Map.entry("POST /agreements/{id}/incidents/{index}/steps", Rule.ROOM),
			Map.entry("POST /agreements/{id}/incidents/{index}/duplicate", Rule.ROOM),
			Map.entry("POST /agreements/{id}/incidents/{index}/breaches", Rule.ROOM),
			Map.entry("POST /agreements/{id}/incidents/{index}/responses", Rule.ROOM),
			Map.entry("GET /agreements/{id}/incidents/{index}/attachments/{n}", Rule.ROOM_AND_VIEWERS),
			Map.entry("GET /agreements/{id}/incidents/map", Rule.ROOM_AND_VIEWERS),
			Map.entry("GET /agreements/{id}/incidents/map-data", Rule.ROOM_AND_VIEWERS),
			Map.entry("GET /agreements/{id}/incidents/counts", Rule.ROOM_AND_VIEWERS),
			Map.entry("GET /agreements/{id}/incidents/export", Rule.ROOM_AND_VIEWERS),
			Map.entry("GET /agreements/{id}/incidents/exports/{index}", Rule.ROOM_AND_VIEWERS),
			Map.entry("GET /agreements/{id}/incidents/exports/{index}/file", Rule.ROOM_AND_VIEWERS),
			Map.entry("GET /agreements/{id}/incidents/import", Rule.ROOM),
			Map.entry("POST /agreements/{id}/incidents/import", Rule.ROOM),
			Map.entry("GET /api/v1/agreements/{id}/incidents", Rule.ROOM_AND_VIEWERS),
			Map.entry("GET /api/v1/agreements/{id}/incidents/counts", Rule.ROOM_AND_VIEWERS),
			Map.entry("POST /api/v1/agreements/{id}/incidents", Rule.ROOM),
			Map.entry("POST /api/v1/agreements/{id}/incidents/{index}/steps", Rule.ROOM),
			Map.entry("POST /api/v1/agreements/{id}/exchange/rounds/{n}/steps", Rule.AUTHORS));

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	UserAdministration users;

	@Autowired
	ApiTokens tokens;

	final Map<Caller, RaqibUser> principals = new EnumMap<>(Caller.class);

	final Map<Caller, String> bearerTokens = new EnumMap<>(Caller.class);

	@Autowired
	PartyAdministration parties;

	@Autowired
	LogReader logs;

	@Autowired
	LogAdministration administration;

	@BeforeEach
	void oneUserPerRole() {
		if (this.parties.all().stream().noneMatch(p -> p.code().equals("matrix-party"))) {
			this.parties.register(new PartyDetails("matrix-party", "طرف", "Party", true), Actor.SYSTEM);
		}
		if (this.logs.logs().stream().noneMatch(l -> l.log().id().equals("matrix-log"))) {
			this.administration.create(new NewLog("matrix-log",
					List.of(new NewLog.LogParty("matrix-party", List.of("mediator")))), Actor.SYSTEM);
		}
		for (Caller caller : Caller.values()) {
			if (caller.role == null) {
				continue;
			}
			String name = "matrix-" + caller.name().toLowerCase().replace('_', '-');
			UserAccount account = this.users.byUsername(name)
				.orElseGet(() -> this.users.create(new NewUser(name, name, null, caller.role, "*",
						caller.role.needsParty() ? "matrix-party" : null), Actor.SYSTEM).user());
			var principal = new RaqibUser(account.id(), account.username(), account.displayName(), null, true,
					account.grants());
			this.principals.put(caller, principal);
			this.bearerTokens.computeIfAbsent(caller, c -> this.tokens
				.issue(principal, new ApiTokens.TokenRequest("matrix", null), Actor.SYSTEM).secret());
		}
	}

	@Test
	void everyEndpointHasARule() {
		assertThat(endpoints()).as("mapped endpoints").containsExactlyInAnyOrderElementsOf(RULES.keySet());
	}

	@Test
	void everyRoleGetsTheAnswerTheRuleGives() throws Exception {
		var wrong = new ArrayList<String>();
		for (String endpoint : endpoints()) {
			Rule rule = RULES.get(endpoint);
			if (rule == null) {
				continue;
			}
			for (Caller caller : Caller.values()) {
				MvcResult result = this.mvc.perform(request(endpoint, caller)).andReturn();
				String answer = answer(result);
				String expected = expected(rule, caller);
				if (!answer.equals(expected)) {
					wrong.add(endpoint + " as " + caller + ": " + answer + " (" + result.getResponse().getStatus()
							+ "), expected " + expected);
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	private List<String> endpoints() {
		var found = new TreeSet<String>();
		for (RequestMappingInfoHandlerMapping mapping : this.context
			.getBeansOfType(RequestMappingInfoHandlerMapping.class)
			.values()) {
			for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
				var methods = info.getMethodsCondition().getMethods();
				for (String pattern : info.getPatternValues()) {
					if (methods.isEmpty()) {
						found.add("GET " + pattern);
					}
					methods.forEach(m -> found.add(m.name() + " " + pattern));
				}
			}
		}
		return List.copyOf(found);
	}

	private MockHttpServletRequestBuilder request(String endpoint, Caller caller) {
		String[] parts = endpoint.split(" ", 2);
		String path = parts[1].replace("{id}", UUID.randomUUID().toString())
			.replace("{grantId}", UUID.randomUUID().toString())
			.replace("{code}", "matrix-party")
			.replace("{party}", "matrix-party")
			.replace("{log}", "matrix-log")
			.replace("{listId}", "matrix-list")
			.replace("{reference}", "matrix-consignment")
			.replace("{index}", "0")
			.replace("{n}", "1")
			.replace("tile/entries/**", "tile/entries/000.p/1")
			.replace("tile/**", "tile/0/000.p/1")
			.replace("{group}", "default")
			.replace("{day}", "2025-01-20")
			.replace("{language}", "ar")
			.replace("**", "liveness");
		if (path.endsWith("/proofs/inclusion")) {
			path += "?index=0&size=1";
		}
		else if (path.endsWith("/proofs/consistency")) {
			path += "?old=1&new=1";
		}
		var request = MockMvcRequestBuilders.request(HttpMethod.valueOf(parts[0]), path);
		boolean api = path.startsWith("/api/") || path.startsWith("/actuator") || path.startsWith("/log/");
		if (caller != Caller.ANONYMOUS) {
			request = api ? request.header("Authorization", "Bearer " + this.bearerTokens.get(caller))
					: request.with(user(this.principals.get(caller)));
		}
		if (!parts[0].equals("GET")) {
			request = request.with(csrf()).contentType("application/json").content("{}");
		}
		return request;
	}

	/** What the endpoint answered, as the matrix speaks of it. */
	private static String answer(MvcResult result) {
		int status = result.getResponse().getStatus();
		String location = result.getResponse().getRedirectedUrl();
		if (status == 401) {
			return "unauthenticated";
		}
		if (status == 302 && location != null && location.contains("/login")) {
			return "unauthenticated";
		}
		return status == 403 ? "forbidden" : "allowed";
	}

	private static String expected(Rule rule, Caller caller) {
		if (rule.anyone()) {
			return "allowed";
		}
		if (caller == Caller.ANONYMOUS) {
			return "unauthenticated";
		}
		return rule.anySignedIn() || rule.roles().contains(caller.role) ? "allowed" : "forbidden";
	}

}
