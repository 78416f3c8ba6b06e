package org.raqib.server.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.raqib.server.ContextTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@ContextTest
class AccessApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAdministration users;

	@Autowired
	ApiTokens tokens;

	String adminToken;

	RaqibUser admin;

	@BeforeEach
	void adminToken() {
		UserAccount account = this.users.byUsername("admin").orElseThrow();
		this.admin = new RaqibUser(account.id(), account.username(), account.displayName(), null, true, account.grants());
		this.adminToken = this.tokens.issue(this.admin, new ApiTokens.TokenRequest("api tests", 1), Actor.SYSTEM).secret();
	}

	@Test
	void aTokenActsAsItsUser() throws Exception {
		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + this.adminToken))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("admin"))
			.andExpect(jsonPath("$.grants[0].role").value("ADMIN"));
	}

	@Test
	void aRevokedTokenIsRefusedWithAProblemInTheRequestLanguage() throws Exception {
		var issued = this.tokens.issue(this.admin, new ApiTokens.TokenRequest("to revoke", null), Actor.SYSTEM);
		this.mvc.perform(delete("/api/v1/tokens/" + issued.token().id()).header("Authorization", "Bearer " + this.adminToken))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + issued.secret())
			.header("Accept-Language", "ar"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("لم تتم المصادقة"))
			.andExpect(jsonPath("$.status").value(401));
	}

	@Test
	void aDisabledUsersTokenStopsWorkingAtOnceEvenRightAfterUse() throws Exception {
		var created = this.users.create(new NewUser("soon-disabled", "Soon disabled", null, Role.VIEWER, "*", null),
				Actor.SYSTEM);
		String token = this.tokens.issue(this.users.principal(created.user().id()),
				new ApiTokens.TokenRequest("cached", 1), Actor.SYSTEM).secret();
		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
		this.users.setEnabled(created.user().id(), false, Actor.SYSTEM);
		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void noTokenIsUnauthenticated() throws Exception {
		this.mvc.perform(get("/api/v1/parties").header("Accept-Language", "en"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value("Send an API token as \"Authorization: Bearer rq_…\"."));
	}

	@Test
	void invalidFieldsAreNamedInArabicAndNothingIsCreated() throws Exception {
		int before = this.users.all().size();
		this.mvc.perform(post("/api/v1/users").header("Authorization", "Bearer " + this.adminToken)
			.header("Accept-Language", "ar")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"Bad Name\",\"displayName\":\"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("username")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("displayName")))
			.andExpect(jsonPath("$.errors[*].message").value(hasItem("أدخل الاسم المعروض.")));
		assertThat(this.users.all()).hasSize(before);
	}

	@Test
	void anUnknownFieldIsNamed() throws Exception {
		this.mvc.perform(post("/api/v1/parties").header("Authorization", "Bearer " + this.adminToken)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"x-party\",\"nameAr\":\"س\",\"nameEn\":\"X\",\"active\":true,\"colour\":\"red\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("colour"));
	}

	@Test
	void malformedJsonIsABadRequest() throws Exception {
		this.mvc.perform(post("/api/v1/parties").header("Authorization", "Bearer " + this.adminToken)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("body"));
	}

	@Test
	void anAdministratorRegistersAParty() throws Exception {
		this.mvc.perform(post("/api/v1/parties").header("Authorization", "Bearer " + this.adminToken)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"unrwa\",\"nameAr\":\"الأونروا\",\"nameEn\":\"UNRWA\",\"active\":true}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.nameAr").value("الأونروا"));
	}

	@Test
	void anUnknownRecordIsAProblemInTheRequestLanguage() throws Exception {
		this.mvc.perform(get("/api/v1/parties/no-such-party").header("Authorization", "Bearer " + this.adminToken)
			.header("Accept-Language", "ar"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("غير موجود"));
	}

	@Test
	void healthIsPublicAndSaysOnlyItsStatus() throws Exception {
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(content().json("{\"status\":\"UP\"}"))
			.andExpect(jsonPath("$.components").doesNotExist());
	}

	@Test
	void metricsAreForAdministrators() throws Exception {
		this.mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + this.adminToken))
			.andExpect(status().isOk());
	}

}
