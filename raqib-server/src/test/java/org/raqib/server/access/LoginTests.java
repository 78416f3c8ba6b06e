package org.raqib.server.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.Test;
import org.raqib.server.ContextTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ContextTest
class LoginTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAdministration users;

	@Autowired
	AccessAudit audit;

	@Test
	void firstStartCreatesAnAdministratorWithTheConfiguredPassword() throws Exception {
		this.mvc.perform(formLogin("/login").user("admin").password(ContextTest.ADMIN_PASSWORD))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void wrongPasswordAndUnknownUserGetTheSameGenericError() throws Exception {
		this.mvc.perform(formLogin("/login").user("admin").password("not-the-password"))
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(formLogin("/login").user("nobody-at-all").password("whatever-it-is"))
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(get("/login?error").header("Accept-Language", "en"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("The user name or password is not correct.")));
		this.mvc.perform(get("/login?error").header("Accept-Language", "ar"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("اسم المستخدم أو كلمة المرور غير صحيحة.")));
	}

	@Test
	void aNameIsLockedAfterRepeatedFailuresEvenWithTheRightPassword() throws Exception {
		this.users.create(new NewUser("lock-me", "Lock me", "right-password-123", Role.VIEWER, "*", null), Actor.SYSTEM);
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(formLogin("/login").user("lock-me").password("wrong-password"))
				.andExpect(redirectedUrl("/login?error"));
		}
		this.mvc.perform(formLogin("/login").user("lock-me").password("right-password-123"))
			.andExpect(redirectedUrl("/login?locked"));
		assertThat(this.audit.page(AuditAction.LOGIN_THROTTLED, 0, 10)).anyMatch(e -> e.subject().equals("lock-me"));
	}

	@Test
	void failedLoginsAreAuditedWithTheirAddress() throws Exception {
		this.mvc.perform(post("/login").param("username", "audited-name").param("password", "wrong-password")
			.with(csrf())
			.with(request -> {
				request.setRemoteAddr("192.0.2.7");
				return request;
			}));
		assertThat(this.audit.page(AuditAction.LOGIN_FAILED, 0, 50))
			.anyMatch(e -> e.subject().equals("audited-name") && e.remoteAddress().equals("192.0.2.7"));
	}

	@Test
	void aDisabledUserCannotLogIn() throws Exception {
		var created = this.users.create(new NewUser("disabled-one", "Disabled", "right-password-123", Role.VIEWER, "*",
				null), Actor.SYSTEM);
		this.users.setEnabled(created.user().id(), false, Actor.SYSTEM);
		this.mvc.perform(formLogin("/login").user("disabled-one").password("right-password-123"))
			.andExpect(redirectedUrl("/login?error"));
	}

}
