package org.raqib.server.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.raqib.server.ContextTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@ContextTest
class UserAdminPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAdministration users;

	RaqibUser admin;

	@BeforeEach
	void signInAsAdmin() {
		UserAccount account = this.users.byUsername("admin").orElseThrow();
		this.admin = new RaqibUser(account.id(), account.username(), account.displayName(), null, true, account.grants());
	}

	@Test
	void aDuplicateUserNameIsRefusedInEnglishAndCreatesNothing() throws Exception {
		int before = this.users.all().size();
		this.mvc.perform(createUser("admin", "Someone").header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This user name is already taken.")))
			.andExpect(content().string(containsString("Nothing was saved.")));
		assertThat(this.users.all()).hasSize(before);
	}

	@Test
	void aDuplicateUserNameIsRefusedInArabic() throws Exception {
		this.mvc.perform(createUser("admin", "شخص ما").header("Accept-Language", "ar"))
			.andExpect(content().string(containsString("اسم المستخدم هذا مستخدم من قبل.")))
			.andExpect(content().string(containsString("dir=\"rtl\"")));
	}

	@Test
	void eachInvalidFieldGetsItsOwnMessageAndNothingIsCreated() throws Exception {
		int before = this.users.all().size();
		this.mvc.perform(createUser("X!", "").param("password", "short").header("Accept-Language", "en"))
			.andExpect(content().string(containsString("Use 3 to 64 lower-case letters")))
			.andExpect(content().string(containsString("Enter the name to show.")))
			.andExpect(content().string(containsString("A password has 12 to 128 characters.")));
		assertThat(this.users.all()).hasSize(before);
	}

	@Test
	void aLiaisonWithoutAPartyIsRefusedWhole() throws Exception {
		this.mvc.perform(createUser("no-party-liaison", "Liaison").param("role", "PARTY_LIAISON")
			.param("agreement", "gaza-2025")
			.header("Accept-Language", "en"))
			.andExpect(content().string(containsString("A party liaison or monitor acts for a party")));
		assertThat(this.users.byUsername("no-party-liaison")).isEmpty();
	}

	@Test
	void aCreatedUserGetsAGeneratedPasswordShownOnce() throws Exception {
		var result = this.mvc.perform(createUser("new-viewer", "New viewer").param("role", "VIEWER")
			.param("agreement", "gaza-2025")).andReturn();
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/admin/users/");
		assertThat(this.users.byUsername("new-viewer")).hasValueSatisfying(u -> assertThat(u.grants()).hasSize(1));
		this.mvc.perform(get(location).with(user(this.admin)).flashAttr("generatedPassword", "shown-once-123"))
			.andExpect(content().string(containsString("shown-once-123")));
		this.mvc.perform(get(location).with(user(this.admin)))
			.andExpect(content().string(not(containsString("secret-box"))));
	}

	@Test
	void theLastAdministratorCannotBeDisabled() throws Exception {
		this.mvc.perform(post("/admin/users/" + this.admin.id() + "/enabled").param("enabled", "false")
			.with(user(this.admin))
			.with(csrf())
			.header("Accept-Language", "en"))
			.andExpect(content().string(containsString("without an active administrator")));
		assertThat(this.users.byId(this.admin.id()).enabled()).isTrue();
	}

	private MockHttpServletRequestBuilder createUser(String username, String displayName) {
		return post("/admin/users").param("username", username)
			.param("displayName", displayName)
			.with(user(this.admin))
			.with(csrf());
	}

}
