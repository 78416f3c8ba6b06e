package org.raqib.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
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
import org.raqib.server.record.LogAdministration;
import org.raqib.server.record.NewLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * An administrator's first visit in Debian's Chromium, headless and offline: log in, switch to Arabic,
 * create a user (and be refused a duplicate), log out, log in as the new user. Screenshots of each step in
 * both languages go to {@code target/screenshots}; any console error (a CSP violation, a missing asset)
 * fails the journey.
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
	void anAdministratorCreatesAUserInArabicWhoThenLogsIn() throws IOException {
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
	}

	@Test
	void theAdministrationPagesRenderInBothLanguagesWithoutConsoleErrors() throws IOException {
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

	/** The map has drawn the agreement's features (Leaflet's vector layers are SVG paths). */
	private void waitForMap() {
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(driver -> {
			String features = driver.findElement(By.id("agreement-map")).getDomAttribute("data-features");
			return features != null && Integer.parseInt(features) > 0
					&& !driver.findElements(By.cssSelector("#agreement-map path.leaflet-interactive")).isEmpty();
		});
	}

	@Test
	void swaggerUiWorksUnderTheContentSecurityPolicy() throws IOException {
		open("/login?lang=en");
		logIn("admin", ContextTest.ADMIN_PASSWORD);
		open("/swagger-ui.html");
		new WebDriverWait(this.browser, Duration.ofSeconds(20))
			.until(driver -> !driver.findElements(By.cssSelector(".opblock")).isEmpty());
		screenshot("08-api-docs");
		assertThat(consoleErrors()).isEmpty();
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
