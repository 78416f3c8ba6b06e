package org.raqib.server.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.raqib.server.ContextTest;
import org.raqib.server.agreement.AgreementDefinition;
import org.raqib.server.agreement.Agreements;
import org.raqib.server.agreement.compliance.AsOf;
import org.raqib.server.report.DashboardChart;
import org.raqib.server.report.DashboardPeriod;
import org.raqib.server.report.ReportPart;
import org.raqib.server.report.ReportPeriod;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Incidents in the dashboard (every report standing) and in the daily report (published ones only). */
@ContextTest
@AutoConfigureMockMvc
class IncidentRoomViewTests {

	static final ZoneId DAMASCUS = ZoneId.of("Asia/Damascus");

	@Autowired
	IncidentFixtures fixtures;

	@Autowired
	IncidentWorkflow workflow;

	@Autowired
	Agreements agreements;

	@Autowired
	IncidentSection section;

	@Autowired
	MockMvc mvc;

	IncidentFixtures.Room room;

	long shelling;

	@BeforeEach
	void aReportInTheCorridor() throws Exception {
		this.room = this.fixtures.idlib();
		this.shelling = this.fixtures.reported(this.room, IncidentFixtures.m4Shelling());
	}

	@Test
	void theDashboardCountsAStandingReportOnItsDayInItsZone() {
		List<DashboardChart> charts = this.section.charts(dashboard(LocalDate.parse("2020-03-08")));

		DashboardChart chart = charts.get(0);
		assertThat(chart.id()).isEqualTo("incidents");
		assertThat(chart.labels()).hasSize(14).endsWith("2020-03-07", "2020-03-08");
		int day = chart.labels().indexOf("2020-03-07");
		assertThat(chart.series()).anySatisfy(s -> {
			assertThat(s.argument()).isEqualTo("m4-corridor");
			assertThat(s.values().get(day)).isEqualTo(1L);
		});
		assertThat(chart.series()).filteredOn(s -> s.labelKey().equals("incident.chart.before"))
			.singleElement().satisfies(s -> assertThat(s.values()).containsOnly(0L));
	}

	@Test
	void anEndedAgreementsDashboardDrawsUpToItsLatestIncidentNotItsFirstTerm() throws Exception {
		String html = this.mvc.perform(get("/agreements/{id}/dashboard", this.room.id()).header("Accept-Language", "en")
			.with(user(this.room.mediator())))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(html).as("Sochi's term ended in October 2018; the report is of March 2020")
			.contains("2020-02-23", "2020-03-07").doesNotContain("2018-10-15");
	}

	@Test
	void theReportTellsOnlyPublishedIncidents() {
		ReportPeriod period = report(LocalDate.parse("2020-03-07"));
		assertThat(this.section.draft(period)).isEmpty();

		this.workflow.step(this.room.otherMonitor(), this.room.id(), this.shelling, IncidentStatus.UNDER_REVIEW, null);
		this.workflow.step(this.room.otherMonitor(), this.room.id(), this.shelling, IncidentStatus.VERIFIED, null);
		assertThat(this.section.draft(period)).isEmpty();
		this.workflow.step(this.room.mediator(), this.room.id(), this.shelling, IncidentStatus.PUBLISHED, null);

		ReportPart part = this.section.draft(period).orElseThrow();
		assertThat(part.summary().get(0).arguments()).startsWith(1, 0);
		assertThat(part.rows()).contains(List.of("m4-corridor", "ceasefire-violation", "1", "0"));
		assertThat(this.section.draft(report(LocalDate.parse("2020-03-08"))).orElseThrow().rows())
			.contains(List.of("m4-corridor", "ceasefire-violation", "0", "1"));
	}

	@Test
	void aNewsDraftOpensTheReportFormPrefilled() throws Exception {
		String html = this.mvc.perform(get("/agreements/{id}/incidents/new", this.room.id())
			.param("from", "2020-03-07T00:00").param("sourceKind", "news").param("source", "Demo Wire")
			.param("sourceLink", "https://raqib.local/agreements/x/news/articles/y#claim-1")
			.param("unknown", "ignored")
			.with(user(this.room.mediator())))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		var page = Jsoup.parse(html);
		assertThat(page.getElementById("from").val()).isEqualTo("2020-03-07T00:00");
		assertThat(page.getElementById("source").val()).isEqualTo("Demo Wire");
		assertThat(page.getElementById("sourceLink").val()).endsWith("#claim-1");
		assertThat(html).doesNotContain("ignored");
	}

	private DashboardPeriod dashboard(LocalDate today) {
		Instant now = today.atTime(12, 0).atZone(DAMASCUS).toInstant();
		return new DashboardPeriod(this.room.id(), definition(now), DAMASCUS, today, 14, now);
	}

	private ReportPeriod report(LocalDate day) {
		Instant until = LocalDateTime.of(day, java.time.LocalTime.of(19, 30)).atZone(DAMASCUS).toInstant();
		Instant from = until.minus(java.time.Duration.ofDays(1));
		return new ReportPeriod(this.room.id(), definition(until), DAMASCUS, day, from, until,
				from.minus(java.time.Duration.ofDays(1)));
	}

	private AgreementDefinition definition(Instant at) {
		return this.agreements.inForce(this.room.id(), AsOf.latest(at)).definition();
	}

}
