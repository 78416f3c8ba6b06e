package org.raqib.server.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.raqib.server.ContextTest;
import org.raqib.server.access.Actor;
import org.raqib.server.access.ApiTokens;
import org.raqib.server.access.NewUser;
import org.raqib.server.access.RaqibUser;
import org.raqib.server.access.Role;
import org.raqib.server.access.UserAdministration;
import org.raqib.server.agreement.compliance.Fact;
import org.raqib.server.agreement.compliance.Facts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The agreements' pages and API in both languages: reading, the as-of views, upload and amendment. */
@ContextTest
class AgreementPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AgreementDefinitions definitions;

	@Autowired
	AgreementFixtures fixtures;

	@Autowired
	UserAdministration users;

	@Autowired
	ApiTokens tokens;

	@Autowired
	Facts facts;

	String id;

	RaqibUser viewer;

	RaqibUser mediator;

	@BeforeEach
	void anAgreementWithATruckCount() throws Exception {
		this.id = AgreementFixtures.newId();
		Agreements.Version version = this.definitions.define(this.fixtures.demo("gaza-2025.yaml", this.id), null,
				Actor.SYSTEM);
		this.facts.record(new Fact(this.id, version.index(), Instant.now(), Instant.parse("2025-01-20T12:00:00Z"),
				"aid.trucks", null, 915, Map.of("stage", Set.of("crossed"))));
		this.viewer = principal(Role.VIEWER, this.id, null);
		this.mediator = principal(Role.MEDIATOR, "*", "egypt");
	}

	private RaqibUser principal(Role role, String agreement, String party) {
		String name = role.name().toLowerCase().replace('_', '-') + "-" + AgreementFixtures.newId();
		var account = this.users.create(new NewUser(name, name, null, role, agreement, party), Actor.SYSTEM).user();
		return this.users.principal(account.id());
	}

	@Test
	void theAgreementPageShowsObligationsTimelineMapAndProvisionsInEnglish() throws Exception {
		this.mvc.perform(get("/agreements/" + this.id).with(user(this.viewer)).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Gaza ceasefire and exchange agreement (January 2025), phase 1")))
			.andExpect(content().string(containsString("id=\"agreement-map\" class=\"map\" dir=\"ltr\"")))
			.andExpect(content().string(containsString("2025-01-19 08:30")))
			.andExpect(content().string(containsString("600 aid trucks enter each day")))
			.andExpect(content().string(containsString("تدخل 600 شاحنة مساعدات يوميًا")))
			.andExpect(content().string(containsString("data-figure=\"")))
			.andExpect(content().string(containsString("Not assessable")))
			.andExpect(content().string(not(containsString("[Ljava"))));
	}

	@Test
	void theAgreementPageReadsRightToLeftInArabic() throws Exception {
		this.mvc.perform(get("/agreements/" + this.id).with(user(this.viewer)).header("Accept-Language", "ar"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("dir=\"rtl\"")))
			.andExpect(content().string(containsString("اتفاق وقف إطلاق النار وتبادل المحتجزين في غزة")))
			.andExpect(content().string(containsString("الالتزامات")))
			.andExpect(content().string(not(containsString("??"))))
			.andExpect(content().string(containsString("الإصدار 1 من 1")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.matchesPattern("(?s).*[٠-٩].*"))));
	}

	@Test
	void anAsOfIndexOutsideTheLogIsNamedAndThePageStillShowsNow() throws Exception {
		this.mvc.perform(get("/agreements/" + this.id).param("asOfIndex", "999").with(user(this.viewer))
			.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is no such entry")));
	}

	@Test
	void theListAndTheMapDataAreServed() throws Exception {
		this.mvc.perform(get("/agreements").with(user(this.viewer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/agreements/" + this.id)));
		this.mvc.perform(get("/agreements/" + this.id + "/map.geojson").with(user(this.viewer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.type").value("FeatureCollection"))
			.andExpect(content().string(containsString("netzarim-corridor")));
	}

	@Test
	void anUploadIsCheckedAndShownBeforeItIsRecorded() throws Exception {
		String newId = AgreementFixtures.newId();
		AgreementDefinitions.Files files = this.fixtures.demo("idlib-2018.yaml", newId);
		this.mvc.perform(upload("/agreements/new", files, "check").with(user(this.mediator))
			.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The files are valid.")))
			.andExpect(content().string(containsString("name=\"agreementText\"")));
		this.mvc.perform(multipart("/agreements/new").param("agreementText", files.agreement())
			.param("geographyText", files.geography())
			.param("action", "apply")
			.with(csrf())
			.with(user(this.mediator)))
			.andExpect(redirectedUrl("/agreements/" + newId));
	}

	@Test
	void aBrokenUploadListsEveryProblemInTheUsersLanguageAndRecordsNothing() throws Exception {
		String newId = AgreementFixtures.newId();
		AgreementDefinitions.Files demo = this.fixtures.demo("idlib-2018.yaml", newId);
		var broken = new AgreementDefinitions.Files(demo.agreement().replace("time_zone: Asia/Damascus",
				"time_zone: Asia/Nowhere"), demo.geography());
		this.mvc.perform(upload("/agreements/new", broken, "apply").with(user(this.mediator))
			.header("Accept-Language", "ar"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("رُفض الملفان ولم يُسجَّل شيء")))
			.andExpect(content().string(containsString("line 10, column 12 (time_zone)")))
			.andExpect(content().string(containsString("منطقة زمنية غير معروفة Asia/Nowhere")));
		this.mvc.perform(get("/agreements/" + newId).with(user(this.viewer))).andExpect(status().isNotFound());
	}

	@Test
	void theApiAnswersAsOfAnIndexAndAsOfATime() throws Exception {
		String token = this.tokens.issue(this.viewer, new ApiTokens.TokenRequest("agreement tests", 1), Actor.SYSTEM)
			.secret();
		this.mvc.perform(get("/api/v1/agreements/" + this.id).param("asOfIndex", "1")
			.header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.asOf.view").value("recorded"))
			.andExpect(jsonPath("$.asOf.index").value(1))
			.andExpect(jsonPath("$.version.version").value(1))
			.andExpect(jsonPath("$.obligations[?(@.obligation == 'aid-trucks')].status").value("breached"));
		this.mvc.perform(get("/api/v1/agreements/" + this.id + "/compliance").param("asOfTime", "2025-01-01T00:00:00Z")
			.header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.obligation == 'aid-trucks')].status").value("pending"));
		this.mvc.perform(get("/api/v1/agreements/" + this.id + "/compliance").param("asOfTime", "yesterday")
			.header("Authorization", "Bearer " + token).header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("asOfTime")));
	}

	@Test
	void theApiDefinesWithADryRunFirst() throws Exception {
		String token = this.tokens.issue(this.mediator, new ApiTokens.TokenRequest("agreement tests", 1), Actor.SYSTEM)
			.secret();
		String newId = AgreementFixtures.newId();
		AgreementDefinitions.Files files = this.fixtures.demo("idlib-2018.yaml", newId);
		this.mvc.perform(apiUpload(files).param("dryRun", "true").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(newId));
		this.mvc.perform(get("/api/v1/agreements/" + newId).header("Authorization", "Bearer " + token))
			.andExpect(status().isNotFound());
		this.mvc.perform(apiUpload(files).header("Authorization", "Bearer " + token))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.version").value(1));
		assertThat(this.definitions).isNotNull();
	}

	private static org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder upload(String path,
			AgreementDefinitions.Files files, String action) {
		return (org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder) multipart(path)
			.file(new MockMultipartFile("agreementFile", "a.yaml", "application/yaml",
					files.agreement().getBytes(StandardCharsets.UTF_8)))
			.file(new MockMultipartFile("geographyFile", "g.geojson", "application/geo+json",
					files.geography().getBytes(StandardCharsets.UTF_8)))
			.param("action", action)
			.with(csrf());
	}

	private static org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder apiUpload(
			AgreementDefinitions.Files files) {
		return multipart("/api/v1/agreements")
			.file(new MockMultipartFile("agreementFile", "a.yaml", "application/yaml",
					files.agreement().getBytes(StandardCharsets.UTF_8)))
			.file(new MockMultipartFile("geographyFile", "g.geojson", "application/geo+json",
					files.geography().getBytes(StandardCharsets.UTF_8)));
	}

}
