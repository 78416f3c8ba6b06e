package org.raqib.server.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.raqib.server.ContextTest;
import org.raqib.server.access.RaqibUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ContextTest
class DashboardTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	ReportFixtures fixtures;

	ReportFixtures.Room room;

	@BeforeEach
	void aRoom() throws Exception {
		this.room = this.fixtures.room();
	}

	@Test
	void theTrucksChartStacksADaysTrucksByCargoAgainstTheDailyQuotas() throws Exception {
		JsonNode labels = chart(api(this.room.monitor()), "trucks").get("labels");
		String day = labels.get(labels.size() - 2).asString();
		this.fixtures.crossed(this.room, "KS-1", "fuel", 7, LocalDate.parse(day).atTime(12, 0)
			.atZone(ZoneId.of("Asia/Gaza")).toInstant());
		this.fixtures.crossed(this.room, "KS-2", "food", 30, LocalDate.parse(day).atTime(13, 0)
			.atZone(ZoneId.of("Asia/Gaza")).toInstant());

		JsonNode trucks = chart(api(this.room.monitor()), "trucks");
		assertThat(series(trucks, "aid.cargo.fuel").get("values").get(labels.size() - 2).asLong()).isEqualTo(7);
		assertThat(series(trucks, "aid.cargo.food").get("values").get(labels.size() - 2).asLong()).isEqualTo(30);
		assertThat(series(trucks, "aid.cargo.fuel").get("stack").asString()).isEqualTo("trucks");
		var quotas = new java.util.ArrayList<String>();
		trucks.get("series").forEach(s -> {
			if (s.get("type").asString().equals("LINE")) {
				quotas.add(s.get("argument").asString() + "=" + s.get("values").get(0).asLong());
			}
		});
		assertThat(quotas).hasSize(3).anyMatch(q -> q.endsWith("=600")).anyMatch(q -> q.endsWith("=50"));
	}

	@Test
	void theObligationsCarryTheirStatusAndEvidence() throws Exception {
		JsonNode answer = api(this.room.mediator());

		assertThat(answer.get("obligations").size()).isGreaterThan(5);
		assertThat(answer.get("obligations").get(0).get("status").asString()).isNotBlank();
		assertThat(answer.get("size").asLong()).isPositive();
	}

	@Test
	void theArabicPageDrawsItsChartsRightToLeftAndItsMapLeftToRight() throws Exception {
		String page = page("/agreements/" + this.room.id() + "/dashboard", this.room.mediator(), "ar");

		assertThat(page).contains("lang=\"ar\" dir=\"rtl\"", "لوحة المتابعة", "data-chart-id=\"trucks\"", "&quot;rtl&quot;:true",
				"id=\"agreement-map\"", "class=\"map map-inset\" dir=\"ltr\"", "hx-trigger=\"every 5s\"",
				"/dist/chart.umd.js")
			.doesNotContain("??");
	}

	@Test
	void theLivePartAnswersNothingUntilTheLogGrows() throws Exception {
		long size = api(this.room.monitor()).get("size").asLong();
		String live = "/agreements/" + this.room.id() + "/dashboard/live?size=";
		this.mvc.perform(get(live + size).with(user(this.room.monitor()))).andExpect(status().isNoContent());

		this.fixtures.crossed(this.room, "KS-9", "food", 3, Instant.now().minusSeconds(7200));

		String part = this.mvc.perform(get(live + size).with(user(this.room.monitor())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(part).startsWith("<div id=\"dashboard-live\"").contains("size=" + (size + 5))
			.contains("Aid consignment step").doesNotContain("<html");
	}

	@Test
	void aViewerDoesNotSeeTheRoomsDashboard() throws Exception {
		this.mvc.perform(get("/agreements/" + this.room.id() + "/dashboard").with(user(this.room.viewer())))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/agreements/" + this.room.id() + "/dashboard").with(user(this.room.viewer())))
			.andExpect(status().isForbidden());
	}

	JsonNode api(RaqibUser user) throws Exception {
		return JSON.readTree(this.mvc.perform(get("/api/v1/agreements/" + this.room.id() + "/dashboard").with(user(user)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	String page(String path, RaqibUser user, String lang) throws Exception {
		return this.mvc.perform(get(path).param("lang", lang).with(user(user))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
	}

	static JsonNode chart(JsonNode answer, String id) {
		for (JsonNode chart : answer.get("charts")) {
			if (chart.get("id").asString().equals(id)) {
				return chart;
			}
		}
		throw new AssertionError("no chart " + id + " in " + answer);
	}

	static JsonNode series(JsonNode chart, String labelKey) {
		for (JsonNode s : chart.get("series")) {
			if (s.get("labelKey").asString().equals(labelKey)) {
				return s;
			}
		}
		throw new AssertionError("no series " + labelKey + " in " + chart);
	}

}
