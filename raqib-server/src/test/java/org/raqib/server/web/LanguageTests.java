package org.raqib.server.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.raqib.server.ContextTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ContextTest
class LanguageTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theLangParameterSwitchesToArabicRightToLeftAndIsRemembered() throws Exception {
		this.mvc.perform(get("/login").param("lang", "ar"))
			.andExpect(content().string(containsString("lang=\"ar\" dir=\"rtl\"")))
			.andExpect(content().string(containsString("تسجيل الدخول إلى غرفة العمليات")))
			.andExpect(cookie().value(WebConfiguration.COOKIE, "ar"));
		this.mvc.perform(get("/login").cookie(new Cookie(WebConfiguration.COOKIE, "ar")))
			.andExpect(content().string(containsString("dir=\"rtl\"")));
	}

	@Test
	void theBrowserLanguageChoosesWhenNothingElseDoes() throws Exception {
		this.mvc.perform(get("/login").header("Accept-Language", "ar-EG,ar;q=0.9,en;q=0.5"))
			.andExpect(content().string(containsString("lang=\"ar\" dir=\"rtl\"")));
		this.mvc.perform(get("/login").header("Accept-Language", "en-GB"))
			.andExpect(content().string(containsString("lang=\"en\" dir=\"ltr\"")));
	}

	@Test
	void aLanguageRaqibDoesNotSpeakFallsBackToEnglish() throws Exception {
		this.mvc.perform(get("/login").header("Accept-Language", "fr-FR").param("lang", "de"))
			.andExpect(content().string(containsString("lang=\"en\" dir=\"ltr\"")));
	}

	@Test
	void notFoundIsAPageInTheUsersLanguage() throws Exception {
		this.mvc.perform(get("/no-such-page").with(user("someone")).header("Accept-Language", "ar"))
			.andExpect(status().isNotFound());
	}

}
