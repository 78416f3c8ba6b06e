package org.raqib.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.raqib.server.support.Browserless;
import org.raqib.server.support.RaqibProcess;

/**
 * The packaged jar as a newcomer meets it: {@code demo} starts on a fresh data directory, prints where
 * to log in and as whom, and those logins work; a command run while the server holds the embedded
 * database says so; stopped and started again, nothing is lost.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LauncherIT {

	static final Duration START = Duration.ofMinutes(3);

	Path dataDir;

	RaqibProcess server;

	String url;

	final Map<String, String> logins = new LinkedHashMap<>();

	@BeforeAll
	void startTheDemo() throws Exception {
		this.dataDir = Files.createTempDirectory("raqib-launcher-");
		long started = System.nanoTime();
		this.server = RaqibProcess.start("demo", "--server.port=0", "--raqib.data-dir=" + this.dataDir);
		this.url = this.server.waitForReady(START);
		System.out.printf("LauncherIT: demo ready in %.1f s%n", (System.nanoTime() - started) / 1e9);
		this.logins.putAll(this.server.logins());
	}

	@AfterAll
	void stop() throws Exception {
		if (this.server != null) {
			this.server.close();
		}
	}

	@Test
	@Order(1)
	void demoPrintsALoginForEveryRole() {
		assertThat(this.logins).containsKeys("admin", "mediator", "liaison-hamas", "liaison-israel", "monitor", "agency",
				"viewer");
	}

	@Test
	@Order(2)
	void thePrintedLoginsWorkInBothLanguages() throws Exception {
		for (String user : new String[] { "admin", "monitor", "viewer" }) {
			var browser = new Browserless(this.url);
			var home = browser.logIn(user, this.logins.get(user));
			assertThat(home.uri().getPath()).as(user).isEqualTo("/");
			assertThat(home.body()).contains("lang=\"en\" dir=\"ltr\"");
			assertThat(browser.get("/?lang=ar").body()).contains("lang=\"ar\" dir=\"rtl\"").contains("غرفة العمليات");
		}
	}

	@Test
	@Order(3)
	void anUnknownApiPathAnswersWithAProblem() throws Exception {
		var browser = new Browserless(this.url);
		browser.logIn("admin", this.logins.get("admin"));
		String secret = browser.issueToken("launcher test");
		var problem = browser.get("/api/v1/no-such-thing", "Authorization", "Bearer " + secret,
				"Accept-Language", "ar");
		assertThat(problem.statusCode()).isEqualTo(404);
		assertThat(problem.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(problem.body()).contains("غير موجود");
	}

	@Test
	@Order(4)
	void aCommandWhileTheServerHoldsTheDatabaseSaysSo() throws Exception {
		try (var command = RaqibProcess.start("create-user", "--username", "late", "--role", "VIEWER",
				"--raqib.data-dir=" + this.dataDir)) {
			assertThat(command.waitForExit(START)).isNotZero();
			assertThat(command.output()).contains("in use by another Raqib process");
		}
	}

	@Test
	@Order(5)
	void afterAStopCommandsRunAndARestartKeepsEverything() throws Exception {
		this.server.close();
		String password;
		try (var command = RaqibProcess.start("create-user", "--username", "after-stop", "--role", "VIEWER",
				"--raqib.data-dir=" + this.dataDir)) {
			assertThat(command.waitForExit(START)).as(command.output()).isZero();
			Matcher printed = Pattern.compile("Password \\(shown once\\): (\\S+)").matcher(command.output());
			assertThat(printed.find()).isTrue();
			password = printed.group(1);
		}
		this.server = RaqibProcess.start("demo", "--server.port=0", "--raqib.data-dir=" + this.dataDir);
		this.url = this.server.waitForReady(START);
		assertThat(this.server.output()).contains(this.logins.get("admin"));
		assertThat(new Browserless(this.url).logIn("after-stop", password).uri().getPath()).isEqualTo("/");
	}

}
