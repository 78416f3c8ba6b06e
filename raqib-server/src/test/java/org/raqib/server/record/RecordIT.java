package org.raqib.server.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.raqib.server.support.Browserless;
import org.raqib.server.support.LogClient;
import org.raqib.server.support.RaqibProcess;

/**
 * The record as a running server keeps it: every entry that got a promise survives a SIGKILL, the log
 * still verifies with the library alone, projections equal a rebuild; a backup restored on a fresh
 * installation serves the same checkpoint; on PostgreSQL, of two server processes exactly one
 * sequences, and the other takes over when it dies.
 */
class RecordIT {

	static final Duration START = Duration.ofMinutes(2);

	static final String LOG = "gaza-2025";

	@Test
	void promisedEntriesSurviveAKillOnH2() throws Exception {
		crashAndRecover(Map.of());
	}

	@Test
	@EnabledIfEnvironmentVariable(named = "RAQIB_TEST_PG_URL", matches = ".+")
	void promisedEntriesSurviveAKillOnPostgresql() throws Exception {
		crashAndRecover(postgres(Files.createTempDirectory("raqib-keys-")));
	}

	@Test
	void aRestoredBackupServesTheSameCheckpoint() throws Exception {
		Path original = Files.createTempDirectory("raqib-backup-source-");
		String checkpoint;
		long size;
		try (RaqibProcess server = RaqibProcess.start("demo", "--server.port=0", "--raqib.data-dir=" + original)) {
			var client = new LogClient(server.waitForReady(START), LOG);
			size = client.size();
			assertThat(client.awaitFullCheckpoint(Duration.ofSeconds(10)).size()).isEqualTo(size);
			checkpoint = client.checkpoint().text();
		}
		Path backup = Files.createTempDirectory("raqib-backup-").resolve("copy");
		assertThat(command("backup", backup.toString(), "--raqib.data-dir=" + original)).isZero();
		Path restored = Files.createTempDirectory("raqib-restored-");
		assertThat(command("restore", backup.toString(), "--raqib.data-dir=" + restored)).isZero();
		try (RaqibProcess server = RaqibProcess.start("serve", "--server.port=0", "--raqib.data-dir=" + restored)) {
			var client = new LogClient(server.waitForReady(START), LOG);
			assertThat(client.checkpoint().text()).isEqualTo(checkpoint);
			assertThat(client.verify()).isEqualTo(size);
		}
	}

	@Test
	@EnabledIfEnvironmentVariable(named = "RAQIB_TEST_PG_URL", matches = ".+")
	void ofTwoNodesExactlyOneSequencesAndTheOtherTakesOver() throws Exception {
		Map<String, String> database = postgres(Files.createTempDirectory("raqib-shared-keys-"));
		RaqibProcess first = RaqibProcess.start(database, "demo", "--server.port=0",
				"--raqib.data-dir=" + Files.createTempDirectory("raqib-node-a-"));
		try (RaqibProcess second = RaqibProcess.start(database, "serve", "--server.port=0",
				"--raqib.data-dir=" + Files.createTempDirectory("raqib-node-b-"))) {
			String urlA = first.waitForReady(START);
			String urlB = second.waitForReady(START);
			String token = mediatorToken(urlA, first);
			var a = new LogClient(urlA, LOG);
			var b = new LogClient(urlB, LOG);
			HttpResponse<String> refused = b.postStatement(token, "egypt", "to the node that does not sequence");
			assertThat(refused.statusCode()).isEqualTo(503);
			assertThat(refused.headers().firstValue("Retry-After")).isPresent();
			assertThat(refused.body()).contains("NOT_SEQUENCER");
			var promised = LogClient.promised(a.postStatement(token, "egypt", "to the sequencing node"));

			first.kill();
			long killed = System.nanoTime();
			HttpResponse<String> taken;
			do {
				Thread.sleep(250);
				taken = b.postStatement(token, "egypt", "after the first node died");
			}
			while (taken.statusCode() == 503 && System.nanoTime() - killed < Duration.ofSeconds(60).toNanos());
			System.out.printf("RecordIT: the second node took over %.1f s after the first was killed%n",
					(System.nanoTime() - killed) / 1e9);
			assertThat(taken.statusCode()).isEqualTo(201);
			assertThat(b.leafHash(promised.index())).isEqualTo(promised.leafHash());
			long after = LogClient.promised(taken).index();
			b.awaitCheckpoint(after + 1, Duration.ofSeconds(10));
			assertThat(b.verify()).isGreaterThan(after);
		}
		finally {
			first.close();
		}
	}

	private void crashAndRecover(Map<String, String> environment) throws Exception {
		Path dataDir = Files.createTempDirectory("raqib-crash-");
		var promised = new ConcurrentLinkedQueue<LogClient.Promised>();
		try (RaqibProcess server = RaqibProcess.start(environment, "demo", "--server.port=0",
				"--raqib.data-dir=" + dataDir)) {
			String url = server.waitForReady(START);
			String token = mediatorToken(url, server);
			var client = new LogClient(url, LOG);
			var stop = new AtomicBoolean();
			ExecutorService writers = Executors.newFixedThreadPool(4);
			for (int t = 0; t < 4; t++) {
				int writer = t;
				writers.submit(() -> {
					for (int n = 0; !stop.get(); n++) {
						try {
							HttpResponse<String> response = client.postStatement(token, writer % 2 == 0 ? "egypt" : "qatar",
									"writer " + writer + " statement " + n);
							if (response.statusCode() == 201) {
								promised.add(LogClient.promised(response));
							}
						}
						catch (Exception ex) {
							return;
						}
					}
				});
			}
			Thread.sleep(4000);
			server.kill();
			stop.set(true);
			writers.shutdown();
			writers.awaitTermination(60, TimeUnit.SECONDS);
		}
		System.out.println("RecordIT: " + promised.size() + " entries promised before the kill");
		assertThat(promised).hasSizeGreaterThan(20);
		long last = promised.stream().mapToLong(LogClient.Promised::index).max().orElseThrow();
		try (RaqibProcess server = RaqibProcess.start(environment, "serve", "--server.port=0",
				"--raqib.data-dir=" + dataDir)) {
			var client = new LogClient(server.waitForReady(START), LOG);
			for (LogClient.Promised entry : promised) {
				assertThat(client.leafHash(entry.index())).as("entry %d", entry.index()).isEqualTo(entry.leafHash());
			}
			client.awaitCheckpoint(last + 1, Duration.ofSeconds(10));
			assertThat(client.verify()).isGreaterThan(last);
		}
		var rebuild = RaqibProcess.start(environment, "rebuild", "--raqib.data-dir=" + dataDir);
		assertThat(rebuild.waitForExit(START)).as(rebuild.output()).isZero();
		assertThat(rebuild.output()).contains("projections match");
	}

	private static String mediatorToken(String url, RaqibProcess server) throws Exception {
		var browser = new Browserless(url);
		browser.logIn("mediator", server.logins().get("mediator"));
		return browser.issueToken("record IT");
	}

	private static int command(String... args) throws Exception {
		var process = RaqibProcess.start(args);
		int code = process.waitForExit(START);
		if (code != 0) {
			System.out.println(process.output());
		}
		return code;
	}

	/** The test database, emptied, as the server sees it: migrations as the owner, the server as the app role. */
	private static Map<String, String> postgres(Path keyDir) {
		String url = System.getenv("RAQIB_TEST_PG_URL");
		String owner = env("RAQIB_TEST_PG_OWNER_USER", env("RAQIB_TEST_PG_USER", "raqib_app"));
		String ownerPassword = env("RAQIB_TEST_PG_OWNER_PASSWORD", env("RAQIB_TEST_PG_PASSWORD", ""));
		Flyway.configure().dataSource(url, owner, ownerPassword).cleanDisabled(false).load().clean();
		var environment = new HashMap<String, String>();
		environment.put("RAQIB_DB_URL", url);
		environment.put("RAQIB_DB_USER", env("RAQIB_TEST_PG_USER", "raqib_app"));
		environment.put("RAQIB_DB_PASSWORD", env("RAQIB_TEST_PG_PASSWORD", ""));
		environment.put("RAQIB_DB_OWNER_USER", owner);
		environment.put("RAQIB_DB_OWNER_PASSWORD", ownerPassword);
		environment.put("RAQIB_KEY_DIR", keyDir.toString());
		return environment;
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}
