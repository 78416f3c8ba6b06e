package org.raqib.server.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.raqib.server.RaqibApplication;
import org.raqib.server.access.Actor;
import org.raqib.server.access.ApiTokens;
import org.raqib.server.access.NewUser;
import org.raqib.server.access.Role;
import org.raqib.server.access.UserAdministration;
import org.raqib.server.bench.Latencies;
import org.raqib.server.bench.Report;
import org.raqib.server.record.LogReader;
import org.raqib.server.system.DatabaseSettings;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The room's view under load: the demo (both agreements, the Gaza agreement's aid, exchanges and movement,
 * its published daily report), then {@value #USERS} users at once for {@value #SECONDS} s, each logged in
 * with its own session and asking, one request after another with {@value #THINK_MS} ms between them,
 * in turn: the dashboard page, its live part as the page polls it, the dashboard's JSON, the map data, and
 * the public view (home, the agreement's archive, the published report). Its p95 per request, and errors,
 * beside the p95 of a static file asked for by the same users in the same run: the machine's own limit.
 *
 * <p>{@code ./mvnw -pl raqib-server -am -Pbench -DskipTests test-compile exec:exec@run-room-load-benchmark}
 * ({@code -Dbench.smoke=true}: 20 users for 10 s).
 */
public final class RoomLoadBenchmark {

	static final int USERS = 100;

	static final int SECONDS = 60;

	static final int THINK_MS = 1000;

	static final double TARGET_MS = 200;

	static final String LOG = "gaza-2025";

	static final String PASSWORD = "bench-load-password";

	/** What each user asks for, in turn; the static file is the machine's limit. */
	static final Map<String, String> REQUESTS = requests();

	private final boolean smoke = Boolean.getBoolean("bench.smoke");

	private final int users = this.smoke ? 20 : USERS;

	private final Duration run = Duration.ofSeconds(this.smoke ? 10 : SECONDS);

	private final Duration warmup = Duration.ofSeconds(this.smoke ? 3 : 10);

	private final Path output = Path.of(System.getProperty("bench.output", "target/bench/room-load-benchmark.txt"));

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
		.followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

	private final Map<String, Latencies> latencies = new LinkedHashMap<>();

	/** Every room and public request together (not the static file). */
	private final Latencies room = new Latencies();

	private final Map<String, LongAdder> errors = new LinkedHashMap<>();

	/** The API answers to a token, not a session. */
	private String token = "";

	private final List<String> firstErrors = Collections.synchronizedList(new ArrayList<>());

	public static void main(String[] args) throws Exception {
		new RoomLoadBenchmark().run();
		System.exit(0);
	}

	private static Map<String, String> requests() {
		var requests = new LinkedHashMap<String, String>();
		requests.put("dashboard page", "/agreements/" + LOG + "/dashboard");
		requests.put("dashboard live part (as polled)", "/agreements/" + LOG + "/dashboard/live?size=SIZE");
		requests.put("dashboard JSON", "/api/v1/agreements/" + LOG + "/dashboard");
		requests.put("map data (GeoJSON)", "/agreements/" + LOG + "/map.geojson");
		requests.put("incident map data (GeoJSON)", "/agreements/" + LOG + "/incidents/map-data");
		requests.put("public home", "/public");
		requests.put("public archive", "/public/agreements/" + LOG);
		requests.put("public report page", "/public/agreements/" + LOG + "/reports/2025-01-20");
		requests.put("static file (machine limit)", "/css/raqib.css");
		return requests;
	}

	private void run() throws Exception {
		long began = System.nanoTime();
		String loadBefore = loadAverage();
		Path dataDir = Files.createTempDirectory("raqib-bench-room-");
		var report = new Report();
		try (ConfigurableApplicationContext context = start(dataDir)) {
			String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
			UserAdministration users = context.getBean(UserAdministration.class);
			var account = users.create(new NewUser("bench-load", "Bench load", PASSWORD, Role.MEDIATOR, "*", null),
					Actor.SYSTEM).user();
			this.token = context.getBean(ApiTokens.class).issue(users.principal(account.id()),
					new ApiTokens.TokenRequest("room load benchmark", 1), Actor.SYSTEM).secret();
			long size = context.getBean(LogReader.class).summary(LOG).size();
			REQUESTS.keySet().forEach(name -> {
				this.latencies.put(name, new Latencies());
				this.errors.put(name, new LongAdder());
			});
			List<String> sessions = new ArrayList<>();
			for (int i = 0; i < this.users; i++) {
				sessions.add(logIn(base));
			}
			load(base, sessions, size);
			write(report, size);
		}
		finally {
			delete(dataDir);
		}
		report.titled(String.format("Raqib room load benchmark (%s): %d users for %d s after %d s warm-up, %d ms"
				+ " between a user's requests, demo data (%s), H2 file database, %d cores, Java %s; load average %s"
				+ " before, %s after; %d s", this.smoke ? "smoke" : "full", this.users, this.run.toSeconds(),
				this.warmup.toSeconds(), THINK_MS, LOG, Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.version"), loadBefore, loadAverage(),
				Duration.ofNanos(System.nanoTime() - began).toSeconds()));
		report.write(this.output);
		System.out.println();
		System.out.println(report.text());
	}

	/** Every user in its own thread, asking in turn, from its own place in the list, until the end. */
	private void load(String base, List<String> sessions, long size) throws InterruptedException {
		long start = System.nanoTime() + this.warmup.toNanos();
		long end = start + this.run.toNanos();
		var names = List.copyOf(REQUESTS.keySet());
		var threads = new ArrayList<Thread>();
		for (int u = 0; u < sessions.size(); u++) {
			String session = sessions.get(u);
			int first = u;
			threads.add(new Thread(() -> {
				for (int turn = first; System.nanoTime() < end; turn++) {
					String name = names.get(turn % names.size());
					String path = REQUESTS.get(name).replace("SIZE", String.valueOf(size));
					ask(base + path, session, name, start);
					LockSupport.parkNanos(Duration.ofMillis(THINK_MS).toNanos());
				}
			}, "bench-user-" + u));
		}
		threads.forEach(Thread::start);
		for (Thread thread : threads) {
			thread.join();
		}
	}

	private void ask(String url, String session, String name, long start) {
		long sent = System.nanoTime();
		try {
			var request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
			request = url.contains("/api/") ? request.header("Authorization", "Bearer " + this.token)
					: request.header("Cookie", "RAQIB_SESSION=" + session);
			HttpResponse<byte[]> answer = this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			long took = System.nanoTime() - sent;
			boolean ok = answer.statusCode() == 200 || (answer.statusCode() == 204 && url.contains("/live"));
			if (sent >= start) {
				this.latencies.get(name).add(took);
				if (!name.startsWith("static")) {
					this.room.add(took);
				}
				if (!ok) {
					error(name, url + " answered " + answer.statusCode());
				}
			}
		}
		catch (IOException | InterruptedException ex) {
			if (sent >= start) {
				error(name, url + ": " + ex);
			}
		}
	}

	private void error(String name, String what) {
		this.errors.get(name).increment();
		if (this.firstErrors.size() < 5) {
			this.firstErrors.add(what);
		}
	}

	private void write(Report report, long size) {
		report.section("p95 per request; errors are answers other than 200 (204 for an unchanged live part)");
		long total = 0;
		long failed = 0;
		Latencies all = this.room;
		for (String name : REQUESTS.keySet()) {
			Latencies l = this.latencies.get(name);
			long errors = this.errors.get(name).sum();
			total += l.count();
			failed += errors;
			if (name.startsWith("static")) {
				report.row(name + " p95", Report.millis(l.millis(95)) + " ms",
						String.format("%,d requests, p50 %s ms, p99 %s ms", l.count(), Report.millis(l.millis(50)),
								Report.millis(l.millis(99))));
				continue;
			}
			report.row(name + " p95", Report.millis(l.millis(95)) + " ms", "<= " + (int) TARGET_MS + " ms",
					l.millis(95) <= TARGET_MS && errors == 0, String.format("%,d requests, %d errors, p50 %s ms, p99 %s ms",
							l.count(), errors, Report.millis(l.millis(50)), Report.millis(l.millis(99))));
		}
		report.row("all room and public requests p95", Report.millis(all.millis(95)) + " ms",
				"<= " + (int) TARGET_MS + " ms", all.millis(95) <= TARGET_MS && failed == 0,
				"static file p95 " + Report.millis(this.latencies.get("static file (machine limit)").millis(95)) + " ms");
		report.row("requests in the measured window", String.format("%,d", total),
				Report.rate(total / (double) this.run.toSeconds()) + " requests/s");
		report.row("errors", String.valueOf(failed), "0", failed == 0, String.join("; ", this.firstErrors));
		report.note("The Gaza log held " + size + " entries; the live part is asked with the log's size, as the"
				+ " page does, so it answers 204 until the log grows.");
	}

	/** Logs in with the form, as a browser does, and returns the session's cookie. */
	private String logIn(String base) throws IOException, InterruptedException {
		HttpResponse<String> form = this.http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		String cookie = cookie(form);
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
		if (!token.find()) {
			throw new IllegalStateException("the login page has no CSRF token");
		}
		String body = "username=bench-load&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> answer = this.http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "RAQIB_SESSION=" + cookie)
			.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
		if (answer.statusCode() != 302 || answer.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("logging in failed: " + answer.statusCode());
		}
		return cookie(answer);
	}

	private static String cookie(HttpResponse<?> answer) {
		for (String header : answer.headers().allValues("Set-Cookie")) {
			if (header.startsWith("RAQIB_SESSION=")) {
				return header.substring("RAQIB_SESSION=".length(), header.indexOf(';'));
			}
		}
		throw new IllegalStateException("no session cookie in " + answer.headers().map());
	}

	private static ConfigurableApplicationContext start(Path dataDir) {
		String url = "jdbc:h2:file:" + dataDir.resolve("raqib") + DatabaseSettings.H2_OPTIONS;
		return SpringApplication.run(RaqibApplication.class, "--server.port=0", "--raqib.data-dir=" + dataDir,
				"--raqib.key-dir=", "--raqib.demo=true", "--raqib.admin-password=bench-admin-password",
				"--logging.level.root=warn", "--logging.level.org.raqib=warn", "--spring.datasource.url=" + url,
				"--spring.datasource.username=sa");
	}

	private static String loadAverage() {
		return String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
	}

	private static void delete(Path dir) {
		try (Stream<Path> files = Files.walk(dir)) {
			files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
