package org.raqib.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.raqib.server.ContextTest;
import org.raqib.server.access.Actor;
import org.raqib.server.access.NewUser;
import org.raqib.server.access.PartyAdministration;
import org.raqib.server.access.PartyDetails;
import org.raqib.server.access.RaqibUser;
import org.raqib.server.access.Role;
import org.raqib.server.access.UserAdministration;
import org.raqib.server.agreement.AgreementDefinitions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * What {@link LanguageTests} checks of the login page, checked of every page a mediator, an administrator
 * and an anonymous reader reach by following links, in both languages, without a browser: the page's
 * {@code lang} and {@code dir}, one {@code h1}, a label for every field, and no message key left
 * unresolved. (No literal text: {@link TranslationTests} checks the templates themselves.)
 */
@ContextTest
class EveryPageTests {

	/** Links not followed: leaving, files, machine answers, and pages that only repeat a pattern. */
	static final List<String> SKIPPED = List.of("/logout", "/api/", "/log/", "/downloads/", "/webjars/", "/swagger",
			"/v3/", "/actuator", ".csv", ".pdf", ".json", ".xlsx", "?lang=");

	@Autowired
	MockMvc mvc;

	@Autowired
	AgreementDefinitions definitions;

	@Autowired
	PartyAdministration parties;

	@Autowired
	UserAdministration users;

	RaqibUser mediator;

	RaqibUser admin;

	String agreement;

	@BeforeEach
	void anAgreementWithAPublishedReport() throws Exception {
		for (String code : List.of("egypt", "qatar", "united-states", "hamas", "israel", "icrc", "eubam-rafah", "wfp")) {
			if (this.parties.all().stream().noneMatch(p -> p.code().equals(code))) {
				this.parties.register(new PartyDetails(code, "طرف " + code, "Party " + code, true), Actor.SYSTEM);
			}
		}
		this.agreement = "pages-" + UUID.randomUUID().toString().substring(0, 8);
		this.definitions.define(new AgreementDefinitions.Files(read("demo/agreements/gaza-2025.yaml")
			.replace("id: gaza-2025", "id: " + this.agreement), read("demo/geography/gaza-2025.geojson")), null,
				Actor.SYSTEM);
		this.mediator = account(Role.MEDIATOR, this.agreement, "egypt");
		// the first administrator: another would let a test disable the last one it counts on
		this.admin = this.users.principal(this.users.byUsername("admin").orElseThrow().id());
		String reports = "/agreements/" + this.agreement + "/reports";
		for (String step : List.of("", "/2025-01-20/approve", "/2025-01-20/publish")) {
			var request = post(reports + step).with(user(this.mediator)).with(csrf());
			this.mvc.perform(step.isEmpty() ? request.param("day", "2025-01-20") : request);
		}
		this.mvc.perform(post(reports).param("day", "2025-01-21").with(user(this.mediator)).with(csrf()));
	}

	@Test
	void everyPageDeclaresItsLanguageAndDirectionHasOneHeadingAndLabelsEveryField() throws Exception {
		var problems = new ArrayList<String>();
		var visited = new LinkedHashSet<String>();
		for (String language : List.of("en", "ar")) {
			visited.addAll(crawl(List.of("/", "/agreements/" + this.agreement, "/agreements/" + this.agreement + "/reports"),
					this.mediator, language, problems));
			visited.addAll(crawl(List.of("/", "/admin/users"), this.admin, language, problems));
			visited.addAll(crawl(List.of("/public", "/login"), null, language, problems));
		}
		System.out.printf("EveryPageTests: %d pages checked%n", visited.size());
		assertThat(visited).contains("en /agreements/" + this.agreement + "/dashboard",
				"ar /public/agreements/" + this.agreement, "en /agreements/" + this.agreement + "/aid", "ar /admin/users")
			.anyMatch(p -> p.startsWith("ar /agreements/") && p.contains("/reports/2025-01-2"))
			.anyMatch(p -> p.startsWith("en /public/agreements/") && p.contains("/reports/2025-01-20"));
		assertThat(visited.size()).isGreaterThan(60);
		assertThat(problems).isEmpty();
	}

	@Test
	void staticFilesAreServedAndOnlyTheirLinksAreVersioned() throws Exception {
		for (String file : List.of("/css/raqib.css", "/js/raqib.js", "/js/dashboard.js", "/img/raqib.svg",
				"/webjars/chart.js/dist/chart.umd.js")) {
			assertThat(this.mvc.perform(get(file)).andReturn().getResponse().getStatus()).as(file).isEqualTo(200);
		}
		String page = this.mvc.perform(get("/agreements/" + this.agreement + "/dashboard").with(user(this.mediator)))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("/webjars/chart.js/4.5.1/dist/chart.umd.js", "href=\"/agreements/" + this.agreement
				+ "/reports\"");
	}

	/** The pages reached from {@code start}, each pattern (numbers aside) at most twice, each checked. */
	Set<String> crawl(List<String> start, RaqibUser user, String language, List<String> problems) throws Exception {
		var visited = new LinkedHashSet<String>();
		Map<String, Integer> patterns = new HashMap<>();
		var queue = new ArrayDeque<>(start);
		while (!queue.isEmpty() && visited.size() < 150) {
			String path = queue.poll();
			// each kind of page twice at most: other tests' agreements and logs, numbers, count as one
			String pattern = path.replace(this.agreement, "OURS").replaceAll("/(agreements|logs)/(?!OURS)[^/?]+",
					"/$1/X").replaceAll("\\d+", "N");
			if (visited.contains(language + " " + path) || patterns.merge(pattern, 1, Integer::sum) > 2) {
				continue;
			}
			visited.add(language + " " + path);
			MockHttpServletRequestBuilder request = get(path).param("lang", language);
			MvcResult result = this.mvc.perform(user == null ? request : request.with(user(user))).andReturn();
			String type = String.valueOf(result.getResponse().getContentType());
			if (result.getResponse().getStatus() != 200 || !type.contains("html")) {
				continue;
			}
			Document page = Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
			check(language + " " + path, page, language, problems);
			for (Element a : page.select("a[href]")) {
				String href = a.attr("href").replaceAll("#.*", "");
				if (href.startsWith("/") && SKIPPED.stream().noneMatch(href::contains)) {
					queue.add(href);
				}
			}
		}
		return visited;
	}

	static void check(String where, Document page, String language, List<String> problems) {
		Element html = page.selectFirst("html");
		if (!language.equals(html.attr("lang")) || !(language.equals("ar") ? "rtl" : "ltr").equals(html.attr("dir"))) {
			problems.add(where + ": lang=" + html.attr("lang") + " dir=" + html.attr("dir"));
		}
		if (page.select("h1").size() != 1) {
			problems.add(where + ": " + page.select("h1").size() + " h1");
		}
		if (page.html().contains("??")) {
			problems.add(where + ": an unresolved message key");
		}
		for (Element field : page.select("input, select, textarea")) {
			String type = field.attr("type");
			if (List.of("hidden", "submit", "button").contains(type)) {
				continue;
			}
			boolean labelled = !field.attr("aria-label").isBlank() || field.closest("label") != null
					|| (!field.id().isBlank() && page.selectFirst("label[for=" + field.id() + "]") != null);
			if (!labelled) {
				problems.add(where + ": an unlabelled " + field.tagName() + " " + field.attr("name"));
			}
		}
	}

	private RaqibUser account(Role role, String agreement, String party) {
		String name = "page-" + UUID.randomUUID().toString().substring(0, 8);
		var account = this.users.create(new NewUser(name, name, null, role, agreement, party), Actor.SYSTEM).user();
		return this.users.principal(account.id());
	}

	private static String read(String path) throws IOException {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
