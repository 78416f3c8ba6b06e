package org.raqib.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.raqib.server.support.Browserless;
import org.raqib.server.support.RaqibProcess;
import org.raqib.tlog.EntryBundle;
import org.raqib.tlog.Tile;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * No personal data leaves by any door but the need-to-know ones: the demo's invented persons, as a mediator
 * exports them, are searched for in every public answer, every page and API answer a viewer gets, every
 * entry note and payload, and everything the server printed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NoPersonalDataIT {

	static final String LOG = "gaza-2025";

	static final String REASON = "reason=" + URLEncoder.encode("no-personal-data test", StandardCharsets.UTF_8);

	static final JsonMapper JSON = JsonMapper.builder().build();

	final HttpClient http = HttpClient.newHttpClient();

	final DemoPersonalData demo = new DemoPersonalData();

	final List<String> listIds = new ArrayList<>();

	final List<String> kinds = new ArrayList<>();

	RaqibProcess server;

	String url;

	Map<String, String> logins;

	Browserless mediator;

	Browserless viewer;

	String viewerToken;

	String mediatorToken;

	@BeforeAll
	void startTheDemoAndExportItsLists() throws Exception {
		this.server = RaqibProcess.start("demo", "--server.port=0",
				"--raqib.data-dir=" + Files.createTempDirectory("raqib-no-personal-data-"));
		this.url = this.server.waitForReady(Duration.ofMinutes(3));
		this.logins = this.server.logins();
		this.mediator = logIn("mediator");
		this.viewer = logIn("viewer");
		this.mediatorToken = this.mediator.issueToken("no-personal-data test");
		this.viewerToken = this.viewer.issueToken("no-personal-data test");
		for (int round = 1; round <= 9; round++) {
			for (String party : List.of("hamas", "israel")) {
				String listId = "round-" + round + "-" + party;
				var export = this.mediator.get(exportPath(listId, "csv"));
				if (export.statusCode() != 404) {
					assertThat(export.statusCode()).as(listId).isEqualTo(200);
					this.demo.addCsv(export.body());
					this.listIds.add(listId);
				}
			}
		}
		for (String[] pair : List.of(new String[] { "round-1-israel", "round-1-icrc" },
				new String[] { "round-8-hamas", "round-8-icrc" })) {
			var export = this.mediator.postForm("/agreements/" + LOG + "/reconcile", "/agreements/" + LOG + "/reconcile/export",
					"left", pair[0], "right", pair[1], "reason", "no-personal-data test");
			assertThat(export.statusCode()).as(pair[1]).isEqualTo(200);
			this.demo.addReconciliationCsv(export.body());
		}
		long size = JSON.readTree(get(null, "/api/v1/logs/" + LOG).body()).get("size").asLong();
		for (long i = 0; i < size; i++) {
			this.kinds.add(JSON.readTree(get(null, entryApi(i)).body()).get("kind").asString());
		}
	}

	@AfterAll
	void stop() throws Exception {
		if (this.server != null) {
			this.server.close();
		}
	}

	@Test
	@Order(1)
	void theSearchHasTheDemosPersonsToLookFor() {
		System.out.printf("NoPersonalDataIT: %d persons in %d lists, %d strings searched for, %d entries;"
				+ " name parts also used as words, not searched: %s%n", this.demo.persons(), this.listIds.size(),
				this.demo.strings(), this.kinds.size(), this.demo.skippedWords());
		assertThat(this.demo.persons()).isGreaterThan(1_000);
		assertThat(this.kinds).contains(ExchangeKinds.LIST_PART, ExchangeKinds.LIST_SUBMITTED, "reconcile.list/v1");
	}

	@Test
	@Order(2)
	void publicPagesAndAnswersNameNobody() throws Exception {
		var found = new ArrayList<String>();
		var anonymous = new Browserless(this.url);
		for (String path : List.of("/", "/login", "/login?lang=ar", "/api/v1/logs", "/api/v1/logs/" + LOG,
				"/api/v1/logs/" + LOG + "/keys", "/log/" + LOG + "/checkpoint", "/actuator/health")) {
			search(path, anonymous.get(path).body(), found);
		}
		long size = this.kinds.size();
		for (Tile tile : Tile.tiles(size)) {
			search(tile.path(), text(bytes("/log/" + LOG + "/" + tile.path())), found);
		}
		for (int i = 0; i < size; i++) {
			for (String path : List.of(entryApi(i), "/api/v1/logs/" + LOG + "/receipts/" + i,
					"/api/v1/logs/" + LOG + "/proofs/inclusion?index=" + i + "&size=" + size,
					"/api/v1/logs/" + LOG + "/proofs/consistency?old=" + (i + 1) + "&new=" + size)) {
				search(path, get(null, path).body(), found);
			}
		}
		assertThat(found).isEmpty();
	}

	@Test
	@Order(3)
	void everyEntryNoteNamesNobody() throws Exception {
		var found = new ArrayList<String>();
		int notes = 0;
		for (Tile tile : Tile.tiles(this.kinds.size())) {
			if (tile.level() == 0) {
				for (byte[] note : EntryBundle.decode(bytes("/log/" + LOG + "/" + tile.entriesPath()))) {
					search(tile.entriesPath() + " note " + notes++, text(note), found);
				}
			}
		}
		for (int i = 0; i < this.kinds.size(); i++) {
			if (this.kinds.get(i).equals("record.roster/v1")) {
				search("roster " + i, get(null, "/log/" + LOG + "/roster/" + i).body(), found);
			}
		}
		assertThat(notes).isEqualTo(this.kinds.size());
		assertThat(found).isEmpty();
	}

	@Test
	@Order(4)
	void exchangePayloadsAreRefusedToAnonymousReadersAndViewers() throws Exception {
		var found = new ArrayList<String>();
		for (int i = 0; i < this.kinds.size(); i++) {
			var anonymous = get(null, payloadApi(i));
			var viewer = get(this.viewerToken, payloadApi(i));
			search("anonymous " + payloadApi(i), anonymous.body(), found);
			search("viewer " + payloadApi(i), viewer.body(), found);
			if (this.kinds.get(i).startsWith("exchange.")) {
				assertThat(anonymous.statusCode()).as(payloadApi(i)).isEqualTo(403);
				assertThat(viewer.statusCode()).as(payloadApi(i)).isEqualTo(403);
			}
		}
		assertThat(found).isEmpty();
	}

	@Test
	@Order(5)
	void everyPageAViewerOpensNamesNobody() throws Exception {
		var found = new ArrayList<String>();
		var pages = new ArrayList<>(List.of("/", "/?lang=ar", "/agreements", "/agreements?lang=ar", "/logs", "/account",
				"/tokens", "/logs/" + LOG, "/logs/" + LOG + "?lang=ar", "/logs/" + LOG + "/keys"));
		for (JsonNode agreement : JSON.readTree(get(this.viewerToken, "/api/v1/agreements").body())) {
			String id = agreement.get("id").asString();
			pages.addAll(List.of("/agreements/" + id, "/agreements/" + id + "?lang=ar", "/agreements/" + id + "/map.geojson"));
		}
		for (int i = 0; i < this.kinds.size(); i++) {
			pages.add("/logs/" + LOG + "/entries/" + i);
		}
		for (String page : pages) {
			var answer = this.viewer.get(page);
			assertThat(answer.statusCode()).as(page).isEqualTo(200);
			search("viewer " + page, answer.body(), found);
		}
		assertThat(found).isEmpty();
	}

	@Test
	@Order(6)
	void theExchangePagesAndApiAndThePersonPagesAreRefusedToAViewerNamingNobody() throws Exception {
		var found = new ArrayList<String>();
		String agreement = "/agreements/" + LOG;
		var pages = new ArrayList<>(List.of(agreement + "/exchange", agreement + "/exchange/import",
				agreement + "/persons?q=" + URLEncoder.encode(this.anyName(), StandardCharsets.UTF_8) + "&" + REASON,
				agreement + "/personal-data", agreement + "/personal-data/audit", "/logs/" + LOG + "/statements"));
		for (int round = 1; round <= 9; round++) {
			pages.add(agreement + "/exchange/rounds/" + round);
		}
		for (String listId : this.listIds) {
			pages.addAll(List.of(agreement + "/exchange/lists/" + listId, exportPath(listId, "csv"), exportPath(listId, "xlsx")));
		}
		for (String page : pages) {
			var answer = this.viewer.get(page);
			assertThat(answer.statusCode()).as(page).isEqualTo(403);
			search("viewer " + page, answer.body(), found);
		}
		for (String path : exchangeApi()) {
			var answer = get(this.viewerToken, path);
			assertThat(answer.statusCode()).as(path).isEqualTo(403);
			search("viewer " + path, answer.body(), found);
		}
		assertThat(found).isEmpty();
	}

	@Test
	@Order(7)
	void everyApiAnswerAViewerGetsNamesNobody() throws Exception {
		var found = new ArrayList<String>();
		var paths = new ArrayList<>(List.of("/api/v1/me", "/api/v1/tokens", "/api/v1/parties", "/api/v1/agreements",
				"/api/v1/logs", "/api/v1/logs/" + LOG, "/api/v1/logs/" + LOG + "/keys",
				"/api/v1/logs/" + LOG + "/statements"));
		for (JsonNode agreement : JSON.readTree(get(this.viewerToken, "/api/v1/agreements").body())) {
			String id = "/api/v1/agreements/" + agreement.get("id").asString();
			paths.addAll(List.of(id, id + "/compliance", id + "/versions", id + "/geography"));
		}
		for (JsonNode party : JSON.readTree(get(this.viewerToken, "/api/v1/parties").body())) {
			paths.add("/api/v1/parties/" + party.get("code").asString());
		}
		for (int i = 0; i < this.kinds.size(); i++) {
			paths.add(entryApi(i));
		}
		for (String path : paths) {
			search("viewer " + path, get(this.viewerToken, path).body(), found);
		}
		assertThat(found).isEmpty();
	}

	@Test
	@Order(8)
	void evenTheMediatorsPayloadsAndExchangeApiCarryReferencesNotNames() throws Exception {
		var found = new ArrayList<String>();
		int listParts = 0;
		for (int i = 0; i < this.kinds.size(); i++) {
			var payload = get(this.mediatorToken, payloadApi(i));
			assertThat(payload.statusCode()).as(payloadApi(i)).isEqualTo(200);
			search("mediator " + payloadApi(i), payload.body(), found);
			search("mediator /logs/" + LOG + "/entries/" + i, this.mediator.get("/logs/" + LOG + "/entries/" + i).body(), found);
			listParts += this.kinds.get(i).equals(ExchangeKinds.LIST_PART) && payload.body().contains("\"p-") ? 1 : 0;
		}
		for (String path : exchangeApi()) {
			var answer = get(this.mediatorToken, path);
			assertThat(answer.statusCode()).as(path).isEqualTo(200);
			search("mediator " + path, answer.body(), found);
		}
		assertThat(listParts).isPositive();
		assertThat(found).isEmpty();
	}

	@Test
	@Order(9)
	void thePublicViewAndTheDemosPublishedReportNameNobody() throws Exception {
		var found = new ArrayList<String>();
		var visited = new java.util.LinkedHashSet<String>();
		var queue = new java.util.ArrayDeque<>(List.of("/public", "/public?lang=ar",
				"/api/v1/public/agreements/" + LOG + "/reports"));
		var links = java.util.regex.Pattern.compile("(?:href=\"|\"page\":\")(/(?:public|log/|api/v1/public/)[^\"#]*)");
		while (!queue.isEmpty() && visited.size() < 200) {
			String path = queue.poll();
			if (!visited.add(path)) {
				continue;
			}
			byte[] body = bytes(path);
			String text = path.endsWith(".pdf") ? pdfText(body) : text(body);
			search("public " + path, text, found);
			var matcher = links.matcher(text);
			while (matcher.find()) {
				queue.add(matcher.group(1).replace("&amp;", "&"));
			}
		}
		System.out.printf("NoPersonalDataIT: %d public pages, documents and answers searched%n", visited.size());
		assertThat(visited).anyMatch(p -> p.endsWith("/report-ar.pdf")).anyMatch(p -> p.endsWith("/figures.csv"));
		assertThat(found).isEmpty();
	}

	@Test
	@Order(10)
	void theServersOutputNamesNobodyEvenAfterSearchesAndExports() throws Exception {
		String name = anyName();
		String persons = "/agreements/" + LOG + "/persons";
		var search = this.mediator.postForm(persons, persons, "q", name, "reason", "checking the no-personal-data test",
				"purpose", "exchange");
		assertThat(search.statusCode()).isEqualTo(200);
		assertThat(search.body()).contains(">" + name + "</bdi>");
		assertThat(this.demo.foundIn(search.body())).as("the search finds what it looks for").contains(name);
		assertThat(this.mediator.get(exportPath(this.listIds.get(0), "xlsx")).statusCode()).isEqualTo(200);
		var found = new ArrayList<String>();
		search("server output", this.server.output(), found);
		assertThat(found).isEmpty();
	}

	/** The exchange API's answers: every round and every list, which carry references and commitments. */
	private List<String> exchangeApi() {
		String api = "/api/v1/agreements/" + LOG + "/exchange";
		var paths = new ArrayList<>(List.of(api + "/rounds"));
		for (int round = 1; round <= 9; round++) {
			paths.add(api + "/rounds/" + round);
		}
		this.listIds.forEach(listId -> paths.add(api + "/lists/" + listId));
		return paths;
	}

	/** A full Latin name from the first list: what a mediator would type in the search. */
	private String anyName() throws Exception {
		String csv = this.mediator.get(exportPath(this.listIds.get(0), "csv")).body();
		return csv.lines().skip(1).findFirst().orElseThrow().split(",")[1];
	}

	private void search(String where, String text, List<String> found) {
		for (String personal : this.demo.foundIn(text)) {
			found.add(where + ": " + personal);
		}
	}

	private Browserless logIn(String user) throws Exception {
		var browser = new Browserless(this.url);
		assertThat(browser.logIn(user, this.logins.get(user)).uri().getPath()).as(user).isEqualTo("/");
		return browser;
	}

	private HttpResponse<String> get(String token, String path) throws Exception {
		var request = HttpRequest.newBuilder(URI.create(this.url + path.substring(1))).timeout(Duration.ofSeconds(20));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private byte[] bytes(String path) throws Exception {
		var answer = this.http.send(HttpRequest.newBuilder(URI.create(this.url + path.substring(1))).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(answer.statusCode()).as(path).isEqualTo(200);
		return answer.body();
	}

	private static String pdfText(byte[] pdf) throws java.io.IOException {
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			return java.text.Normalizer.normalize(new org.apache.pdfbox.text.PDFTextStripper().getText(document),
					java.text.Normalizer.Form.NFKC);
		}
	}

	private static String text(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}

	private static String exportPath(String listId, String format) {
		return "/agreements/" + LOG + "/exchange/lists/" + listId + "/export?format=" + format + "&" + REASON;
	}

	private static String entryApi(long index) {
		return "/api/v1/logs/" + LOG + "/entries/" + index;
	}

	private static String payloadApi(long index) {
		return "/api/v1/logs/" + LOG + "/payloads/" + index;
	}

}
