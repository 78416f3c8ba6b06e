package org.raqib.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.raqib.server.ContextTest;
import org.raqib.server.TestDatabase;
import org.raqib.server.access.Actor;
import org.raqib.server.access.NewUser;
import org.raqib.server.access.PartyAdministration;
import org.raqib.server.access.PartyDetails;
import org.raqib.server.access.Role;
import org.raqib.server.access.UserAdministration;
import org.raqib.server.agreement.AgreementDefinitions;
import org.raqib.server.aid.Consignment;
import org.raqib.server.aid.Consignments;
import org.raqib.server.record.LogAdministration;
import org.raqib.server.record.NewLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * The main paths in Debian's Chromium, headless and offline, six journeys: an administrator's first visit
 * (log in, switch to Arabic, create a user and be refused a duplicate, log in as the new user, the
 * administration pages and the API docs); the layout on a phone; a mediator's statement; an agreement
 * loaded with its map; a monitor recording a truck crossing with the keyboard only while the dashboard
 * refreshes itself; a mediator approving and publishing the daily report and reading its Arabic PDF.
 * Screenshots of each step and of every main page in both languages go to {@code target/screenshots};
 * any console error (a CSP violation, a missing asset) fails the journey. Waits are on the page's own
 * signals (htmx's {@code htmx:afterSettle}, a chart marked drawn, the map's features), never sleeps.
 */
@EnabledIfEnvironmentVariable(named = "RAQIB_TEST_BROWSER", matches = "1")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "raqib.admin-password=" + ContextTest.ADMIN_PASSWORD,
				"raqib.person.key=" + ContextTest.PERSON_KEY })
@ContextConfiguration(initializers = TestDatabase.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserJourneyIT {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@LocalServerPort
	int port;

	WebDriver browser;

	/** A failed journey leaves a screenshot of where it stood. */
	@org.junit.jupiter.api.extension.RegisterExtension
	final org.junit.jupiter.api.extension.TestWatcher onFailure = new org.junit.jupiter.api.extension.TestWatcher() {

		@Override
		public void testFailed(org.junit.jupiter.api.extension.ExtensionContext context, Throwable cause) {
			try {
				screenshot("failed-" + context.getRequiredTestMethod().getName());
			}
			catch (Exception ex) {
				// the browser itself may be what failed
			}
		}

	};

	@BeforeAll
	void startChromium() throws IOException {
		Files.createDirectories(SCREENSHOTS);
		var options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--window-size=1280,900");
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en"));
		var logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		var service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
		this.browser = new ChromeDriver(service, options);
	}

	@AfterAll
	void stopChromium() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@BeforeEach
	void signedOut() {
		open("/login");
		this.browser.manage().deleteAllCookies();
	}

	@Test
	void anAdministratorCreatesAUserInArabicWhoThenLogsInAndReadsTheAdministrationPages() throws IOException {
		open("/login");
		assertThat(attribute("html", "dir")).isEqualTo("ltr");
		screenshot("01-login-en");
		logIn("admin", ContextTest.ADMIN_PASSWORD);
		assertThat(this.browser.findElement(By.cssSelector("h1")).getText()).contains("Administrator");
		screenshot("02-home-en");

		this.browser.findElement(By.cssSelector(".languages a[lang='ar']")).click();
		assertThat(attribute("html", "dir")).isEqualTo("rtl");
		assertThat(attribute("html", "lang")).isEqualTo("ar");
		screenshot("03-home-ar");

		this.browser.findElement(By.cssSelector(".main-nav a[href='/admin/users']")).click();
		fillNewUser("admin", "مستخدم مكرر");
		assertThat(waitFor(By.cssSelector(".field-error")).getText())
			.isEqualTo("اسم المستخدم هذا مستخدم من قبل.");
		screenshot("04-duplicate-user-ar");

		fillNewUser("journey-user", "مستخدمة الرحلة");
		String password = waitFor(By.id("new-password")).getText();
		assertThat(password).hasSizeGreaterThanOrEqualTo(20);
		screenshot("05-user-created-ar");

		this.browser.findElement(By.cssSelector(".user-menu button")).click();
		logIn("journey-user", password);
		assertThat(this.browser.findElement(By.cssSelector("h1")).getText()).contains("مستخدمة الرحلة");
		assertThat(attribute("html", "dir")).isEqualTo("rtl");
		assertThat(this.browser.findElements(By.cssSelector(".main-nav a[href='/admin/users']"))).isEmpty();
		screenshot("06-new-user-home-ar");

		open("/?lang=en");
		screenshot("07-new-user-home-en");
		assertThat(consoleErrors()).isEmpty();

		this.browser.manage().deleteAllCookies();
		open("/login?lang=en");
		logIn("admin", ContextTest.ADMIN_PASSWORD);
		for (String language : List.of("en", "ar")) {
			for (String page : List.of("/admin/users", "/admin/parties", "/admin/audit", "/tokens", "/account",
					"/no-such-page")) {
				open(page + "?lang=" + language);
				assertThat(attribute("html", "dir")).isEqualTo(language.equals("ar") ? "rtl" : "ltr");
				screenshot("page-" + language + page.replace('/', '-'));
			}
		}
		assertThat(consoleErrors()).allSatisfy(entry -> assertThat(entry).contains("404"));
		open("/swagger-ui.html");
		new WebDriverWait(this.browser, Duration.ofSeconds(20))
			.until(driver -> !driver.findElements(By.cssSelector(".opblock")).isEmpty());
		screenshot("08-api-docs");
		assertThat(consoleErrors()).isEmpty();
	}

	@Test
	void onAPhoneTheLayoutStillFitsAndTheAuditFiltersInPlace() throws IOException {
		open("/login?lang=ar");
		logIn("admin", ContextTest.ADMIN_PASSWORD);
		this.browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
		try {
			open("/admin/audit");
			new Select(this.browser.findElement(By.id("action"))).selectByValue("LOGIN");
			new WebDriverWait(this.browser, Duration.ofSeconds(10))
				.until(driver -> driver.getCurrentUrl().contains("action=LOGIN"));
			assertThat(this.browser.findElements(By.cssSelector("#audit-results tbody tr"))).isNotEmpty()
				.allSatisfy(row -> assertThat(row.getText()).contains("تسجيل دخول"));
			Number overflow = (Number) ((org.openqa.selenium.JavascriptExecutor) this.browser)
				.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
			assertThat(overflow.intValue()).as("horizontal overflow").isLessThanOrEqualTo(0);
			screenshot("09-phone-audit-ar");
			open("/admin/users");
			screenshot("10-phone-users-ar");
		}
		finally {
			this.browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
		}
		assertThat(consoleErrors()).isEmpty();
	}

	@Test
	void aMediatorRecordsAStatementInArabicAndFindsItsEntry(@Autowired PartyAdministration parties,
			@Autowired LogAdministration logs, @Autowired UserAdministration users) throws IOException {
		for (String code : List.of("journey-mediator", "journey-side")) {
			if (parties.all().stream().noneMatch(p -> p.code().equals(code))) {
				parties.register(new PartyDetails(code, "طرف " + code, "Party " + code, true), Actor.SYSTEM);
			}
		}
		logs.create(new NewLog("journey-log", List.of(new NewLog.LogParty("journey-mediator", List.of("mediator")),
				new NewLog.LogParty("journey-side", List.of("side")))), Actor.SYSTEM);
		users.create(new NewUser("journey-mediator", "وسيطة الرحلة", "journey-password-1", Role.MEDIATOR,
				"journey-log", "journey-mediator"), Actor.SYSTEM);

		open("/login?lang=ar");
		logIn("journey-mediator", "journey-password-1");
		open("/logs");
		screenshot("11-logs-ar");
		this.browser.findElement(By.linkText("journey-log")).click();
		this.browser.findElement(By.cssSelector(".tabs a[href$='/statements']")).click();
		new Select(this.browser.findElement(By.id("party"))).selectByValue("journey-side");
		((org.openqa.selenium.JavascriptExecutor) this.browser).executeScript(
				"document.getElementById('occurredAt').value = '2025-01-19T08:30:00';");
		this.browser.findElement(By.id("textAr")).sendKeys("يعلن الطرف التزامه بوقف إطلاق النار.");
		this.browser.findElement(By.cssSelector("form.grid-form button[type='submit']")).click();
		assertThat(waitFor(By.cssSelector(".notice")).getText()).isEqualTo("قُيّد البيان في السجل.");
		assertThat(this.browser.findElement(By.cssSelector(".statement-text")).getText())
			.isEqualTo("يعلن الطرف التزامه بوقف إطلاق النار.");
		screenshot("12-statements-ar");
		this.browser.findElement(By.cssSelector(".statement-meta a")).click();
		assertThat(waitFor(By.cssSelector("pre.note")).getText()).contains("kind record.statement/v1");
		screenshot("13-entry-ar");
		open("/logs/journey-log/keys?lang=en");
		screenshot("14-keys-en");
		assertThat(consoleErrors()).isEmpty();
	}

	@Test
	void aMediatorLoadsTheIdlibAgreementAndReadsItsPageAndMapInBothLanguages(@Autowired PartyAdministration parties)
			throws IOException {
		for (String code : List.of("russia", "turkiye", "syrian-government", "syrian-opposition")) {
			if (parties.all().stream().noneMatch(p -> p.code().equals(code))) {
				parties.register(new PartyDetails(code, "طرف " + code, "Party " + code, true), Actor.SYSTEM);
			}
		}
		Path demo = Path.of("src", "main", "resources", "demo").toAbsolutePath();
		open("/login?lang=en");
		logIn("admin", ContextTest.ADMIN_PASSWORD);
		open("/agreements/new");
		this.browser.findElement(By.id("agreementFile")).sendKeys(demo.resolve("agreements/idlib-2018.yaml").toString());
		this.browser.findElement(By.id("geographyFile")).sendKeys(demo.resolve("geography/idlib-2018.geojson").toString());
		this.browser.findElement(By.cssSelector("button[value='check']")).click();
		waitFor(By.cssSelector("button[value='apply']"));
		screenshot("15-agreement-preview-en");
		this.browser.findElement(By.cssSelector("button[value='apply']")).click();
		waitFor(By.id("agreement-map"));
		assertThat(this.browser.getCurrentUrl()).endsWith("/agreements/idlib-2018");
		assertThat(attribute("#agreement-map", "dir")).isEqualTo("ltr");
		waitForMap();
		screenshot("16-agreement-en");
		open("/agreements/idlib-2018?lang=ar");
		assertThat(attribute("html", "dir")).isEqualTo("rtl");
		assertThat(attribute("#agreement-map", "dir")).isEqualTo("ltr");
		waitForMap();
		screenshot("17-agreement-ar");
		open("/agreements/idlib-2018?asOfIndex=1");
		assertThat(this.browser.findElements(By.cssSelector("table.obligations tbody tr"))).hasSize(7);
		screenshot("18-agreement-as-of-ar");
		assertThat(consoleErrors()).isEmpty();
	}

	@Test
	void aMonitorRecordsATruckCrossingWithTheKeyboardAndTheDashboardShowsIt() throws IOException {
		theRoom();
		open("/login?lang=en");
		typeLogIn("journey-monitor", ROOM_PASSWORD);
		open("/agreements/" + ROOM + "/dashboard");
		waitForCharts();
		waitForMap();
		long before = Long.parseLong(attribute("#dashboard-live", "data-size"));
		((JavascriptExecutor) this.browser).executeScript("window.raqibSettled = 0;"
				+ "document.addEventListener('htmx:afterSettle', function () { window.raqibSettled++; });");
		screenshot("20-dashboard-before-en");
		String dashboard = this.browser.getWindowHandle();

		this.browser.switchTo().newWindow(WindowType.TAB);
		open("/agreements/" + ROOM + "/aid/capture");
		this.browser.findElement(By.id("lookup")).sendKeys("JR-1", Keys.ENTER);
		waitFor(By.cssSelector("input[name='stage'][value='crossed']:checked"));
		screenshot("21-capture-crossed-en");
		WebElement submit = this.browser.findElements(By.cssSelector("form[method='post'] .button-row button")).get(0);
		submit.sendKeys(Keys.ENTER);
		assertThat(waitFor(By.cssSelector(".notice")).getText()).isNotBlank();
		screenshot("22-consignment-crossed-en");
		this.browser.close();

		this.browser.switchTo().window(dashboard);
		new WebDriverWait(this.browser, Duration.ofSeconds(30)).until(driver -> {
			Object settled = ((JavascriptExecutor) driver).executeScript("return window.raqibSettled;");
			String size = driver.findElement(By.id("dashboard-live")).getDomAttribute("data-size");
			return settled instanceof Number n && n.intValue() > 0 && Long.parseLong(size) > before;
		});
		waitForCharts();
		assertThat(this.browser.findElement(By.cssSelector("table.feed tbody tr")).getText())
			.contains("Aid consignment step");
		screenshot("23-dashboard-after-en");
		assertThat(consoleErrors()).isEmpty();
	}

	@Test
	void aMediatorApprovesAndPublishesTheDailyReportAndItsPdfReadsInArabic() throws Exception {
		theRoom();
		open("/login?lang=ar");
		typeLogIn("journey-room-mediator", ROOM_PASSWORD);
		open("/agreements/" + ROOM + "/reports");
		((JavascriptExecutor) this.browser).executeScript("document.getElementById('day').value = '2025-01-20';");
		this.browser.findElement(By.cssSelector("form.inline-form button[type='submit']")).sendKeys(Keys.ENTER);
		WebElement summary = waitFor(By.id("summaryAr"));
		summary.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
		summary.sendKeys("يوم هادئ على المعابر.");
		this.browser.findElement(By.id("save-summary")).sendKeys(Keys.ENTER);
		waitFor(By.id("approve")).sendKeys(Keys.ENTER);
		waitFor(By.id("publish")).sendKeys(Keys.ENTER);
		waitFor(By.id("public-report"));
		assertThat(this.browser.findElement(By.id("report-state")).getText()).isEqualTo("منشور");
		screenshot("30-report-published-ar");

		this.browser.findElement(By.id("public-report")).sendKeys(Keys.ENTER);
		assertThat(waitFor(By.cssSelector("ul.summary")).getText()).contains("يوم هادئ على المعابر.");
		assertThat(attribute("html", "dir")).isEqualTo("rtl");
		screenshot("31-public-report-ar");
		String pdf = this.browser.findElement(By.id("pdf-ar")).getDomProperty("href");
		var answer = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
				java.net.URI.create(pdf)).build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
		assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/pdf");
		Files.write(SCREENSHOTS.resolve("report-ar.pdf"), answer.body());
		try (var document = org.apache.pdfbox.Loader.loadPDF(answer.body())) {
			String text = java.text.Normalizer.normalize(new org.apache.pdfbox.text.PDFTextStripper().getText(document),
					java.text.Normalizer.Form.NFKC);
			assertThat(text).contains("يوم هادئ على المعابر.");
		}

		for (String language : List.of("en", "ar")) {
			for (String page : List.of("/agreements/" + ROOM, "/agreements/" + ROOM + "/dashboard",
					"/agreements/" + ROOM + "/reports", "/agreements/" + ROOM + "/reports/2025-01-20",
					"/agreements/" + ROOM + "/aid", "/agreements/" + ROOM + "/movement",
					"/agreements/" + ROOM + "/exchange", "/public", "/public/agreements/" + ROOM,
					"/public/agreements/" + ROOM + "/reports/2025-01-20")) {
				open(page + "?lang=" + language);
				assertThat(attribute("html", "lang")).isEqualTo(language);
				if (page.endsWith("/dashboard")) {
					waitForCharts();
				}
				screenshot("main-" + language + page.replace("/agreements/" + ROOM, "-agreement").replace('/', '-'));
			}
		}
		assertThat(consoleErrors()).isEmpty();
	}

	static final String ROOM = "journey-gaza";

	static final String ROOM_PASSWORD = "journey-password-2";

	@Autowired
	AgreementDefinitions definitions;

	@Autowired
	PartyAdministration roomParties;

	@Autowired
	UserAdministration roomUsers;

	@Autowired
	Consignments consignments;

	/** The demo's Gaza agreement as journey-gaza, its monitor and mediator, and a consignment cleared at the crossing. */
	void theRoom() throws IOException {
		if (this.roomUsers.byUsername("journey-monitor").isPresent()) {
			return;
		}
		for (String code : List.of("egypt", "qatar", "united-states", "hamas", "israel", "icrc", "eubam-rafah", "wfp")) {
			if (this.roomParties.all().stream().noneMatch(p -> p.code().equals(code))) {
				this.roomParties.register(new PartyDetails(code, "طرف " + code, "Party " + code, true), Actor.SYSTEM);
			}
		}
		Path demo = Path.of("src", "main", "resources", "demo");
		this.definitions.define(new AgreementDefinitions.Files(
				Files.readString(demo.resolve("agreements/gaza-2025.yaml")).replace("id: gaza-2025", "id: " + ROOM),
				Files.readString(demo.resolve("geography/gaza-2025.geojson"))), null, Actor.SYSTEM);
		this.roomUsers.create(new NewUser("journey-monitor", "Monitor at Kerem Shalom", ROOM_PASSWORD, Role.MONITOR, ROOM,
				"eubam-rafah"), Actor.SYSTEM);
		this.roomUsers.create(new NewUser("journey-room-mediator", "وسيط الغرفة", ROOM_PASSWORD, Role.MEDIATOR, ROOM,
				"egypt"), Actor.SYSTEM);
		var agency = this.roomUsers.principal(this.roomUsers.create(new NewUser("journey-agency", "WFP", ROOM_PASSWORD,
				Role.AGENCY, ROOM, "wfp"), Actor.SYSTEM).user().id());
		var monitor = this.roomUsers.principal(this.roomUsers.byUsername("journey-monitor").orElseThrow().id());
		Instant start = Instant.now().minus(Duration.ofHours(5));
		this.consignments.register(agency, ROOM, "wfp", new Consignments.NewConsignment("JR-1", "WFP", "Al-Arish",
				"kerem-shalom", "north", 12, List.of(new Consignment.Line("fuel", 240, "litres")), start));
		List<String> stages = List.of("arrived", "inspected", "cleared");
		for (int i = 0; i < stages.size(); i++) {
			this.consignments.step(monitor, ROOM, "eubam-rafah", new Consignments.NextStep("JR-1", stages.get(i),
					start.plus(Duration.ofHours(i + 1)), null, null, null));
		}
	}

	/** Logs in with the keyboard only: the user name, Tab, the password, Enter. */
	private void typeLogIn(String username, String password) {
		this.browser.findElement(By.id("username")).sendKeys(username, Keys.TAB, password, Keys.ENTER);
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(driver -> !driver.getCurrentUrl().contains("/login"));
	}

	/** Chart.js has drawn every chart of the page (the page marks each canvas it drew). */
	private void waitForCharts() {
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(driver -> driver
			.findElements(By.cssSelector("canvas[data-chart]"))
			.stream()
			.allMatch(canvas -> "true".equals(canvas.getDomAttribute("data-drawn"))));
	}

	/** The map has drawn the agreement's features (Leaflet's vector layers are SVG paths). */
	private void waitForMap() {
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(driver -> {
			String features = driver.findElement(By.id("agreement-map")).getDomAttribute("data-features");
			return features != null && Integer.parseInt(features) > 0
					&& !driver.findElements(By.cssSelector("#agreement-map path.leaflet-interactive")).isEmpty();
		});
	}

	private void fillNewUser(String username, String displayName) {
		this.browser.findElement(By.id("username")).clear();
		this.browser.findElement(By.id("username")).sendKeys(username);
		this.browser.findElement(By.id("displayName")).clear();
		this.browser.findElement(By.id("displayName")).sendKeys(displayName);
		new Select(this.browser.findElement(By.id("role"))).selectByValue("VIEWER");
		this.browser.findElement(By.id("agreement")).clear();
		this.browser.findElement(By.id("agreement")).sendKeys("gaza-2025");
		this.browser.findElement(By.cssSelector("form.grid-form button[type='submit']")).click();
	}

	private void logIn(String username, String password) {
		this.browser.findElement(By.id("username")).sendKeys(username);
		this.browser.findElement(By.id("password")).sendKeys(password);
		this.browser.findElement(By.cssSelector("form button[type='submit']")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(driver -> !driver.getCurrentUrl().contains("/login"));
	}

	private org.openqa.selenium.WebElement waitFor(By element) {
		return new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(element));
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

	private String attribute(String selector, String name) {
		return this.browser.findElement(By.cssSelector(selector)).getDomAttribute(name);
	}

	private List<String> consoleErrors() {
		return this.browser.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.toList();
	}

	private void screenshot(String name) throws IOException {
		File file = ((TakesScreenshot) this.browser).getScreenshotAs(OutputType.FILE);
		Files.copy(file.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}

}
