package org.raqib.server.aid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.raqib.server.ContextTest;
import org.raqib.server.access.RaqibUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ContextTest
class AidPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AidFixtures fixtures;

	@Autowired
	Consignments consignments;

	@Autowired
	CompetingCounts counts;

	AidFixtures.Room room;

	long ocha;

	@BeforeEach
	void aDayOfAid() throws Exception {
		this.room = this.fixtures.room();
		this.fixtures.walk(this.room, AidFixtures.consignment("KS-1", "kerem-shalom", "north", 20, "fuel",
				"2025-01-19T12:00:00Z"), AidFixtures.TO_CROSSED, "2025-01-19T12:00:00Z");
		this.fixtures.walk(this.room, AidFixtures.consignment("KS-2", "kerem-shalom", "south", 4, "food",
				"2025-01-19T09:00:00Z"), List.of(Stage.ARRIVED), "2025-01-19T09:00:00Z");
		this.ocha = this.counts.report(this.room.mediator(), this.room.id(), "egypt", new CompetingCounts.NewCount(
				LocalDate.parse("2025-01-19"), "all", "crossed", 630, "OCHA", "un-office", null)).index();
	}

	@Test
	void theBoardShowsTheDayInEnglish() throws Exception {
		String page = page("/aid?day=2025-01-19", this.room.monitor(), "en");

		assertThat(page).contains("Aid and crossings", "The crossings on 2025-01-19", "Crossed", "KS-2", "aid-trucks",
				"fuel-trucks", "<svg").doesNotContain("??");
	}

	@Test
	void theBoardIsInArabicRightToLeft() throws Exception {
		String page = page("/aid?day=2025-01-19", this.room.agency(), "ar");

		assertThat(page).contains("lang=\"ar\"", "dir=\"rtl\"", "لوحة المعابر", "عبرت", "الحصص اليومية")
			.doesNotContain("??");
	}

	@Test
	void aDisputedCountShowsWhoDisputesIt() throws Exception {
		this.mvc.perform(post("/agreements/" + this.room.id() + "/aid/responses").with(user(this.room.israel())).with(csrf())
			.param("target", String.valueOf(this.ocha)).param("party", "israel").param("stance", "disputed")
			.param("note", "COGAT counted 600").param("back", "/agreements/" + this.room.id() + "/aid/counts"))
			.andExpect(redirectedUrl("/agreements/" + this.room.id() + "/aid/counts"));

		String page = page("/aid/counts", this.room.mediator(), "en");
		assertThat(page).contains("OCHA", "UN office", "630", "+610", "disputed by Party israel",
				"Only the room&#39;s own consignments count for the quotas");
	}

	@Test
	void theCaptureFormRegistersAndMovesAConsignment() throws Exception {
		String form = page("/aid/capture", this.room.monitor(), "en");
		assertThat(form).contains("Register the consignment", "Kerem Shalom");

		this.mvc.perform(post("/agreements/" + this.room.id() + "/aid/capture").with(user(this.room.monitor())).with(csrf())
			.param("reference", "ZK-1").param("party", "eubam-rafah").param("crossing", "zikim").param("destination", "north")
			.param("trucks", "3").param("category", "wash").param("quantity", "60").param("unit", "tonnes")
			.param("agency", "UNICEF").param("stage", "registered").param("occurredAt", "2025-01-20T08:00"))
			.andExpect(redirectedUrl("/agreements/" + this.room.id() + "/aid/consignments/ZK-1"));
		this.mvc.perform(post("/agreements/" + this.room.id() + "/aid/capture").with(user(this.room.monitor())).with(csrf())
			.param("reference", "ZK-1").param("party", "eubam-rafah").param("stage", "arrived")
			.param("occurredAt", "2025-01-20T09:30"))
			.andExpect(status().is3xxRedirection());

		assertThat(this.consignments.get(this.room.id(), "ZK-1").stage()).isEqualTo(Stage.ARRIVED);
		assertThat(page("/aid/consignments/ZK-1", this.room.monitor(), "ar")).contains("وصلت", "مياه وصرف صحي");
	}

	@Test
	void aStepOutOfOrderIsShownOnTheForm() throws Exception {
		String page = this.mvc.perform(post("/agreements/" + this.room.id() + "/aid/capture").with(user(this.room.monitor()))
			.with(csrf()).param("reference", "KS-2").param("party", "eubam-rafah").param("stage", "crossed")
			.param("occurredAt", "2025-01-19T12:00"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

		assertThat(page).contains("The consignment is not at the stage before this one.");
	}

	@Test
	void theExportIsHxlTagged() throws Exception {
		String csv = page("/aid/export.csv", this.room.mediator(), "en");

		assertThat(csv.lines().toList().get(1).replace("\"", "")).startsWith("#date+occurred,#loc+code,#loc+name,#status+code,#item+type");
		assertThat(csv).contains("2025-01-19,kerem-shalom,Kerem Shalom (Karem Abu Salem) crossing,crossed,fuel,north,1,20,Joint operations room");
	}

	@Test
	void viewersAndOtherRoomsSeeNoAid() throws Exception {
		for (String path : List.of("/aid", "/aid/counts", "/aid/capture", "/aid/consignments/KS-1", "/aid/export.csv")) {
			this.mvc.perform(get("/agreements/" + this.room.id() + path).with(user(this.room.viewer())))
				.andExpect(status().isForbidden());
		}
		AidFixtures.Room other = this.fixtures.room();
		this.mvc.perform(get("/agreements/" + this.room.id() + "/aid").with(user(other.monitor())))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/agreements/" + this.room.id() + "/aid/consignments/KS-1").with(user(other.monitor())))
			.andExpect(status().isForbidden());
	}

	@Test
	void theApiGivesAConsignmentWithItsSteps() throws Exception {
		String json = this.mvc.perform(get("/api/v1/agreements/" + this.room.id() + "/aid/consignments/KS-1")
			.with(user(this.room.agency()))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(json).contains("\"reference\":\"KS-1\"", "\"stage\":\"CROSSED\"", "\"category\":\"fuel\"");
	}

	private String page(String path, RaqibUser user, String language) throws Exception {
		return this.mvc.perform(get("/agreements/" + this.room.id() + path).with(user(user))
			.header("Accept-Language", language))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
