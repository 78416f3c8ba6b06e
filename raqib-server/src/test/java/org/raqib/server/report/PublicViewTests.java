package org.raqib.server.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.raqib.server.ContextTest;
import org.raqib.server.record.Response;
import org.raqib.server.record.Responses;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The public view, crawled without logging in from {@code /public}, following every link into the public
 * pages, the public API and {@code /log/**}: every page answers, and none shows what is not published (a
 * draft, an approved report not yet published, a dispute's reasons), a payload, or who recorded what.
 */
@ContextTest
class PublicViewTests {

	static final String DRAFT_SECRET = "DRAFT-SECRET-not-published";

	static final String APPROVED_SECRET = "APPROVED-SECRET-not-published";

	static final String DISPUTE_SECRET = "DISPUTE-SECRET-reasons";

	static final Pattern PERSON_REF = org.raqib.server.person.PersonRef.FORMAT;

	@Autowired
	MockMvc mvc;

	@Autowired
	ReportFixtures fixtures;

	@Autowired
	DailyReports reports;

	@Autowired
	Responses responses;

	ReportFixtures.Room room;

	@BeforeEach
	void aPublishedReportADraftAndAnApprovedOne() throws Exception {
		this.room = this.fixtures.room();
		this.fixtures.crossed(this.room, "KS-1", "fuel", 5, Instant.parse("2025-01-20T10:00:00Z"));
		this.responses.respond(this.room.mediator(), this.room.id(), 2, "israel", Response.Stance.DISPUTED,
				DISPUTE_SECRET, null);
		String id = this.room.id();
		var mediator = this.room.mediator();
		this.reports.draft(id, LocalDate.parse("2025-01-20"), "test");
		this.reports.approve(id, LocalDate.parse("2025-01-20"), mediator);
		this.reports.publish(id, LocalDate.parse("2025-01-20"), mediator);
		this.reports.draft(id, LocalDate.parse("2025-01-21"), "test");
		this.reports.edit(id, LocalDate.parse("2025-01-21"), DRAFT_SECRET, "مسودة", mediator);
		this.reports.draft(id, LocalDate.parse("2025-01-22"), "test");
		this.reports.edit(id, LocalDate.parse("2025-01-22"), APPROVED_SECRET, "معتمد", mediator);
		this.reports.approve(id, LocalDate.parse("2025-01-22"), mediator);
	}

	@Test
	void everyPublicPageAndAnswerShowsOnlyWhatWasPublished() throws Exception {
		var forbidden = List.of(DRAFT_SECRET, APPROVED_SECRET, DISPUTE_SECRET, this.room.mediator().getUsername(),
				this.room.monitor().getUsername(), this.room.agency().getUsername());
		var found = new ArrayList<String>();
		Set<String> visited = crawl(List.of("/public", "/public?lang=ar", "/public/agreements/" + this.room.id(),
				"/api/v1/public/agreements/" + this.room.id() + "/reports"), (path, body) -> {
					forbidden.stream().filter(body::contains).forEach(s -> found.add(path + ": " + s));
					if (PERSON_REF.matcher(body).find()) {
						found.add(path + ": a person's reference");
					}
				});

		String report = "/public/agreements/" + this.room.id() + "/reports/2025-01-20";
		assertThat(visited).contains(report, report + "/report-ar.pdf", report + "/report-en.pdf",
				report + "/figures.csv", report + "/report.json", "/log/" + this.room.id() + "/checkpoint");
		assertThat(visited).noneMatch(p -> p.contains("2025-01-21") || p.contains("2025-01-22") || p.contains("payloads"));
		assertThat(found).isEmpty();
	}

	@Test
	void aDraftOrAnApprovedReportIsNotFoundInPublic() throws Exception {
		for (String day : List.of("2025-01-21", "2025-01-22")) {
			String at = "/public/agreements/" + this.room.id() + "/reports/" + day;
			for (String path : List.of(at, at + "/report-ar.pdf", at + "/figures.csv", at + "/report.json")) {
				this.mvc.perform(get(path)).andExpect(status().isNotFound());
			}
		}
	}

	@Test
	void todaysPublishedReportNamesTheOpenDisputeButNotItsReasons() throws Exception {
		// the day whose period holds now: today until the 19:30 cut-off, tomorrow after it
		var now = java.time.ZonedDateTime.now(java.time.ZoneId.of("Asia/Gaza"));
		LocalDate today = now.toLocalTime().isBefore(ReportProperties.DEFAULT_CUT_OFF) ? now.toLocalDate()
				: now.toLocalDate().plusDays(1);
		this.reports.draft(this.room.id(), today, "test");
		this.reports.approve(this.room.id(), today, this.room.mediator());
		this.reports.publish(this.room.id(), today, this.room.mediator());

		String page = text("/public/agreements/" + this.room.id() + "/reports/" + today);
		assertThat(page).contains("Open disputes", "1 disputes stand open, 1 of them new.", "Entry 2 (",
				") disputed by israel since ").doesNotContain(DISPUTE_SECRET);
	}

	interface Check {

		void check(String path, String body) throws Exception;

	}

	/** Follows the links of every page reached, within the public paths, checking each answer. */
	Set<String> crawl(List<String> start, Check check) throws Exception {
		var visited = new LinkedHashSet<String>();
		var queue = new ArrayDeque<>(start);
		while (!queue.isEmpty() && visited.size() < 300) {
			String path = queue.poll();
			if (!visited.add(path)) {
				continue;
			}
			MvcResult result = this.mvc.perform(get(path)).andReturn();
			assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
			String type = String.valueOf(result.getResponse().getContentType());
			String body = type.contains("pdf") ? ReportPdfTests.text(result.getResponse().getContentAsByteArray())
					: new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
			check.check(path, body);
			if (type.contains("html")) {
				Jsoup.parse(body).select("a[href]").forEach(a -> follow(a.attr("href"), path, queue));
			}
			else if (type.contains("json")) {
				var matcher = Pattern.compile("\"page\":\"([^\"]+)\"").matcher(body);
				while (matcher.find()) {
					follow(matcher.group(1), path, queue);
				}
			}
		}
		return visited;
	}

	private static void follow(String href, String from, ArrayDeque<String> queue) {
		String path = href.startsWith("?") ? from.replaceAll("\\?.*", "") + href : href.replaceAll("#.*", "");
		if (path.startsWith("/public") || path.startsWith("/log/") || path.startsWith("/api/v1/public/")) {
			queue.add(path);
		}
	}

	String text(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
