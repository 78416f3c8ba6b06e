package org.raqib.server.osint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.raqib.server.ContextTest;
import org.raqib.server.access.RaqibUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The news pages in both languages, and who sees what on them. */
@ContextTest
class NewsPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OsintFixtures fixtures;

	@Autowired
	Ingesting ingesting;

	@Autowired
	ReviewQueue queue;

	OsintFixtures.Room room;

	NewsClaim patients;

	@BeforeEach
	void aRoomWithAContradictedReport() throws IOException {
		this.room = this.fixtures.room();
		this.fixtures.patients(this.room, 45, "2025-02-01T12:00:00Z");
		this.ingesting.ingest(this.room.id(), OsintFixtures.article("وكالة", "عبور مرضى عبر رفح",
				"عبر 60 مريضا معبر رفح اليوم.", "2025-02-01T15:00:00Z", "ar"), "agency.jsonl");
		this.patients = this.queue.waiting(this.room.id(), 5).get(0);
	}

	@Test
	void aViewerSearchesAndReadsButSeesNoRecordFigures() throws Exception {
		String search = page("/news", this.room.viewer(), "en", "q", "رفح");
		assertThat(search).contains("عبور مرضى عبر رفح", "<mark>رفح</mark>", "&amp;source=", "&amp;measure=patients");
		assertThat(page("/news", this.room.viewer(), "en", "q", "رفح", "source", "وكالة")).contains("عبور مرضى عبر رفح");
		assertThat(page("/news", this.room.viewer(), "en", "q", "رفح", "source", "another")).contains("No article matches.");
		String article = page("/news/articles/" + this.patients.article(), this.room.viewer(), "en");
		assertThat(article).contains("Figures in this article", "id=\"claim-1\"").doesNotContain("Discrepancy");
		this.mvc.perform(get("/agreements/" + this.room.id() + "/news/review").with(user(this.room.viewer())))
			.andExpect(status().isForbidden());
	}

	@Test
	void theRoomSeesTheFlagOnTheArticleAndInTheListInEnglishAndArabic() throws Exception {
		String english = page("/news/articles/" + this.patients.article(), this.room.mediator(), "en");
		assertThat(english).contains("Discrepancy", "the record says 45", "class=\"flagged\"");
		String arabic = page("/news/discrepancies", this.room.eubam(), "ar");
		assertThat(arabic).contains("dir=\"rtl\"", "أرقام في الأخبار يناقضها السجل", "ويقول السجل 45");
	}

	@Test
	void theReviewQueueAcceptsIntoTheModuleFormAndRejectsOnlyWithAReason() throws Exception {
		String queue = page("/news/review", this.room.mediator(), "ar");
		assertThat(queue).contains("dir=\"rtl\"", "أرقام بانتظار المراجعة", "تنقّل الأشخاص (عدد من مصدر آخر)");
		String claim = "/agreements/" + this.room.id() + "/news/claims/" + this.patients.article() + "/1";
		String refused = this.mvc.perform(post(claim + "/reject").with(user(this.room.mediator())).with(csrf())
			.header("Accept-Language", "en").param("reason", ""))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("Choose a reason for rejecting the claim.");
		String draft = this.mvc.perform(post(claim + "/accept").with(user(this.room.mediator())).with(csrf())
			.param("target", "movement"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(draft).startsWith("/agreements/" + this.room.id() + "/movement?day=2025-02-01&");
		String form = page("/movement", this.room.mediator(), "en", "day", "2025-02-01", "source", "وكالة", "sourceKind",
				"news", "count", "60", "category", "patient", "link", "https://raqib.local/x");
		assertThat(form).contains("value=\"60\"", "value=\"وكالة\"", "value=\"https://raqib.local/x\"");
	}

	@Test
	void theSourcesPageIsTheMediatorsAndBilingual() throws Exception {
		assertThat(page("/news/sources", this.room.mediator(), "ar")).contains("dir=\"rtl\"", "مصادر الأخبار");
		assertThat(page("/news/sources", this.room.mediator(), "en")).contains("News sources", "Upload news");
		this.mvc.perform(get("/agreements/" + this.room.id() + "/news/sources").with(user(this.room.eubam())))
			.andExpect(status().isForbidden());
	}

	/** A page of the room's agreement; {@code params} in name, value pairs. */
	private String page(String path, RaqibUser user, String language, String... params) throws Exception {
		var request = get("/agreements/" + this.room.id() + path).with(user(user)).header("Accept-Language", language);
		for (int i = 0; i + 1 < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
