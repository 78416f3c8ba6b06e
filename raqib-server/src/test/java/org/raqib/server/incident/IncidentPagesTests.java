package org.raqib.server.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.raqib.server.ContextTest;
import org.raqib.server.access.RaqibUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ContextTest
class IncidentPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IncidentFixtures fixtures;

	@Autowired
	IncidentWorkflow workflow;

	IncidentFixtures.Room room;

	long published;

	long unpublished;

	@BeforeEach
	void onePublishedOneNot() throws Exception {
		this.room = this.fixtures.idlib();
		this.published = this.fixtures.reported(this.room, IncidentFixtures.m4Shelling());
		this.unpublished = this.fixtures.reported(this.room, IncidentFixtures.report(36.6, 35.9, "2020-03-08T09:00:00Z",
				IncidentType.ARMED_CLASH, "syrian-opposition"));
		this.workflow.step(this.room.otherMonitor(), this.room.id(), this.published, IncidentStatus.UNDER_REVIEW, null);
		this.workflow.step(this.room.otherMonitor(), this.room.id(), this.published, IncidentStatus.VERIFIED, null);
		this.workflow.step(this.room.mediator(), this.room.id(), this.published, IncidentStatus.PUBLISHED, null);
	}

	@Test
	void theListShowsTheQueueAndEveryIncidentToTheRoomInEnglish() throws Exception {
		String page = page("/incidents", this.room.mediator(), "en");

		assertThat(page).contains("Review queue", "#" + this.published, "#" + this.unpublished, "Violation of the ceasefire",
				"Armed clash", "Published", "Reported").doesNotContain("??");
	}

	@Test
	void theIncidentPageIsInArabic() throws Exception {
		String page = page("/incidents/" + this.published, this.room.mediator(), "ar");

		assertThat(page).contains("lang=\"ar\"", "dir=\"rtl\"", "خرق لوقف إطلاق النار", "منشور", "ceasefire-government")
			.doesNotContain("??");
	}

	@Test
	void theMapPageHasAnLtrContainerOnArabicPages() throws Exception {
		String page = page("/incidents/map", this.room.viewer(), "ar");

		assertThat(page).contains("id=\"incident-map\" class=\"map\" dir=\"ltr\"", "/dist/leaflet.js",
				"خريطة الحوادث").doesNotContain("??");
	}

	@Test
	void theImportPageOffersAMappingForEveryFieldInBothLanguages() throws Exception {
		String english = page("/incidents/import", this.room.monitor(), "en");
		String arabic = page("/incidents/import", this.room.monitor(), "ar");

		for (IncidentField field : IncidentField.values()) {
			assertThat(english).contains("id=\"map_" + field.code() + "\"");
		}
		assertThat(arabic).contains("lang=\"ar\"", "dir=\"rtl\"", "id=\"map_killedCivilians\"");
	}

	@Test
	void theCountsCompareWithThePreviousPeriod() throws Exception {
		String page = page("/incidents/counts?from=2020-03-07&to=2020-03-08", this.room.mediator(), "en");

		assertThat(page).contains("2 incidents from 2020-03-07 to 2020-03-08", "M4", "Previous period");
	}

	@Test
	void aViewerNeverSeesAnUnpublishedIncident() throws Exception {
		assertThat(page("/incidents", this.room.viewer(), "en")).contains("#" + this.published)
			.doesNotContain("#" + this.unpublished);
		this.mvc.perform(get("/agreements/" + this.room.id() + "/incidents/" + this.unpublished).with(user(this.room.viewer())))
			.andExpect(status().isNotFound());
		assertThat(page("/incidents/map-data?from=2020-01-01&to=2020-12-31", this.room.viewer(), "en"))
			.contains("\"id\":" + this.published).doesNotContain("\"id\":" + this.unpublished);
		for (String format : new String[] { "acled", "hxl", "geojson" }) {
			String file = page("/incidents/export?format=" + format, this.room.viewer(), "en").replace('"', ',');
			assertThat(file).contains(eventId(this.published)).doesNotContain(eventId(this.unpublished));
		}
		this.mvc.perform(get("/api/v1/logs/" + this.room.id() + "/payloads/" + this.unpublished)
			.with(user(this.room.viewer()))).andExpect(result -> assertThat(result.getResponse().getStatus()).isNotEqualTo(200));
	}

	@Test
	void theAcledExportHasAcledsColumnNames() throws Exception {
		String csv = page("/incidents/export?format=acled", this.room.mediator(), "en");

		assertThat(csv.lines().findFirst().orElseThrow()).startsWith(
				"event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,"
						+ "actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,"
						+ "latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp");
		assertThat(csv).contains("Ceasefire violations,Violation of the ceasefire", "Battles,Armed clash", eventId(this.published));
	}

	@Test
	void theHxlExportHasATagRowUnderTheHeaders() throws Exception {
		String csv = page("/incidents/export?format=hxl", this.room.mediator(), "en");

		String tags = csv.lines().skip(1).findFirst().orElseThrow();
		assertThat(tags).startsWith("#event+id,#date+occurred,").contains("#geo+lat,#geo+lon", "#affected+killed",
				"#group+name+actor1");
	}

	@Test
	void aReportFromTheFormIsRecordedAndABadOneNamesItsFields() throws Exception {
		String path = "/agreements/" + this.room.id() + "/incidents";
		this.mvc.perform(post(path).with(user(this.room.monitor())).with(csrf()).param("party", "turkiye")
			.param("from", "2020-03-09T10:00").param("lon", "36.7").param("lat", "35.86").param("type", "shelling")
			.param("source", "Post 7").param("narrativeEn", "Twelve rounds.")).andExpect(status().is3xxRedirection());

		String refused = new String(this.mvc.perform(post(path).with(user(this.room.monitor())).with(csrf())
			.param("party", "turkiye").param("from", "2020-03-09T10:00").param("to", "2020-03-09T09:00")
			.param("lon", "36.7").param("lat", "95").param("type", "shelling").param("source", "Post 7")
			.param("narrativeEn", "x").header("Accept-Language", "en")).andReturn().getResponse().getContentAsByteArray(),
				StandardCharsets.UTF_8);
		assertThat(refused).contains("The end comes before the start.", "is not on the globe");
	}

	private String eventId(long index) {
		return this.room.id().toUpperCase(java.util.Locale.ROOT) + "-" + index + ",";
	}

	private String page(String path, RaqibUser user, String language) throws Exception {
		return new String(this.mvc.perform(get("/agreements/" + this.room.id() + path).with(user(user))
			.header("Accept-Language", language)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray(), StandardCharsets.UTF_8);
	}

}
