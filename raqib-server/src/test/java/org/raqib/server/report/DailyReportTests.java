package org.raqib.server.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.raqib.server.ContextTest;
import org.raqib.server.record.LogReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ContextTest
class DailyReportTests {

	static final LocalDate DAY = LocalDate.parse("2025-01-20");

	@Autowired
	MockMvc mvc;

	@Autowired
	ReportFixtures fixtures;

	@Autowired
	DailyReports reports;

	@Autowired
	PublishedReports published;

	@Autowired
	LogReader reader;

	ReportFixtures.Room room;

	String base;

	@BeforeEach
	void aDayOfTrucks() throws Exception {
		this.room = this.fixtures.room();
		this.base = "/agreements/" + this.room.id() + "/reports";
		this.fixtures.crossed(this.room, "KS-1", "fuel", 5, Instant.parse("2025-01-20T10:00:00Z"));
		this.fixtures.crossed(this.room, "KS-2", "food", 40, Instant.parse("2025-01-20T12:00:00Z"));
		this.fixtures.crossed(this.room, "KS-3", "food", 9, Instant.parse("2025-01-20T18:00:00Z"));
	}

	@Test
	void theDayIsDraftedFromTheRecordUpToItsCutOffInBothLanguages() throws Exception {
		this.mvc.perform(post(this.base).param("day", "2025-01-20").with(user(this.room.mediator())).with(csrf()))
			.andExpect(redirectedUrl(this.base + "/2025-01-20"));

		DailyReport report = this.reports.find(this.room.id(), DAY);
		assertThat(report.number()).isEqualTo(1);
		assertThat(report.until()).isEqualTo(Instant.parse("2025-01-20T17:30:00Z"));
		ReportContent.Part aid = report.content().parts().stream().filter(p -> p.id().equals("aid")).findFirst()
			.orElseThrow();
		assertThat(aid.linesEn()).contains("45 trucks crossed, 5 of them with fuel.");
		assertThat(aid.linesAr()).contains("عبرت 45 شاحنة، منها 5 تحمل وقوداً.");
		assertThat(report.content().summaryEn()).anyMatch(s -> s.startsWith("45 aid trucks crossed"));
		assertThat(report.content().parts()).extracting(ReportContent.Part::id).containsSubsequence("aid", "obligations",
				"disputes");
	}

	@Test
	void aMediatorEditsApprovesAndPublishesAndTheRecordHoldsTheDocumentsHashes() throws Exception {
		this.reports.draft(this.room.id(), DAY, "test");
		this.mvc.perform(post(this.base + "/2025-01-20/summary").param("summaryEn", "A quiet day.\n45 trucks.")
			.param("summaryAr", "يوم هادئ.").with(user(this.room.mediator())).with(csrf()))
			.andExpect(redirectedUrl(this.base + "/2025-01-20"));
		this.mvc.perform(post(this.base + "/2025-01-20/approve").with(user(this.room.mediator())).with(csrf()))
			.andExpect(redirectedUrl(this.base + "/2025-01-20"));
		this.mvc.perform(post(this.base + "/2025-01-20/publish").with(user(this.room.mediator())).with(csrf()))
			.andExpect(redirectedUrl(this.base + "/2025-01-20"));

		PublishedReports.Row row = this.published.find(this.room.id(), DAY).orElseThrow();
		assertThat(this.reader.entry(this.room.id(), row.index()).kind()).isEqualTo(ReportKinds.PUBLISHED);
		assertThat(this.reader.payload(this.room.id(), row.index(), null)).isPresent();
		String at = "/public/agreements/" + this.room.id() + "/reports/2025-01-20";
		assertThat(Publication.sha256(bytes(at + "/report.json"))).isEqualTo(row.document());
		assertThat(Publication.sha256(bytes(at + "/report-ar.pdf"))).isEqualTo(row.pdfAr());
		assertThat(Publication.sha256(bytes(at + "/report-en.pdf"))).isEqualTo(row.pdfEn());
		assertThat(Publication.sha256(bytes(at + "/figures.csv"))).isEqualTo(row.csv());
		assertThat(ReportPdfTests.text(bytes(at + "/report-ar.pdf"))).contains("يوم هادئ.", "عبرت 45 شاحنة");
		assertThat(new String(bytes(at + "/figures.csv"), StandardCharsets.UTF_8))
			.startsWith("section,row,column,value\n").contains("aid,1,Crossing,kerem-shalom");
		assertThat(new String(bytes(at + "?lang=ar"), StandardCharsets.UTF_8)).contains("dir=\"rtl\"", "يوم هادئ.",
				row.pdfAr());
	}

	@Test
	void onlyAnApprovedReportIsPublished() throws Exception {
		this.reports.draft(this.room.id(), DAY, "test");

		this.mvc.perform(post(this.base + "/2025-01-20/publish").with(user(this.room.mediator())).with(csrf()))
			.andExpect(status().isConflict());
		assertThat(this.published.find(this.room.id(), DAY)).isEmpty();
	}

	@Test
	void aPublishedReportNoLongerChanges() throws Exception {
		this.reports.draft(this.room.id(), DAY, "test");
		this.reports.approve(this.room.id(), DAY, this.room.mediator());
		this.reports.publish(this.room.id(), DAY, this.room.mediator());

		this.mvc.perform(post(this.base + "/2025-01-20/summary").param("summaryEn", "Changed.").param("summaryAr", "تغيّر.")
			.with(user(this.room.mediator())).with(csrf())).andExpect(status().isConflict());
		this.mvc.perform(post(this.base + "/2025-01-20/redraft").with(user(this.room.mediator())).with(csrf()))
			.andExpect(status().isConflict());
	}

	@Test
	void aBulletTooLongIsRefusedNamingItInTheUsersLanguage() throws Exception {
		this.reports.draft(this.room.id(), DAY, "test");

		String page = this.mvc.perform(post(this.base + "/2025-01-20/summary").param("lang", "ar")
			.param("summaryEn", "fine").param("summaryAr", "ا".repeat(601)).with(user(this.room.mediator())).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		assertThat(page).contains("النقطة 1 أطول من 600 حرفاً.");
		assertThat(this.reports.find(this.room.id(), DAY).content().summaryEn()).isNotEqualTo(java.util.List.of("fine"));
	}

	@Test
	void aDayBeforeEntryIntoForceIsRefused() throws Exception {
		String page = this.mvc.perform(post(this.base).param("day", "2024-12-01").with(user(this.room.mediator()))
			.with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		assertThat(page).contains("The agreement was not yet in force on that day.");
	}

	@Test
	void onlyAMediatorDraftsAndAMonitorReads() throws Exception {
		this.reports.draft(this.room.id(), DAY, "test");

		this.mvc.perform(post(this.base).param("day", "2025-01-21").with(user(this.room.monitor())).with(csrf()))
			.andExpect(status().isForbidden());
		String page = this.mvc.perform(get(this.base + "/2025-01-20").with(user(this.room.monitor())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Daily report 1/2025 (2025-01-20)", "45 trucks crossed").doesNotContain("id=\"approve\"");
	}

	byte[] bytes(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
	}

}
