package org.raqib.server.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.raqib.server.support.Browserless;
import org.raqib.server.support.LogClient;
import org.raqib.server.support.RaqibProcess;
import org.raqib.server.support.Verifier;
import org.raqib.server.system.DatabaseSettings;

import tools.jackson.databind.json.JsonMapper;

/**
 * A party's verifier against a running demo server and against its export: it passes on the honest
 * log, then finds a changed entry, a changed payload, and a history rewritten and re-signed with the log
 * key, whose checkpoint it proves to be a split view.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VerifierIT {

	static final Duration START = Duration.ofMinutes(2);

	static final String LOG = "gaza-2025";

	final HttpClient http = HttpClient.newHttpClient();

	Path dataDir;

	Path state;

	RaqibProcess server;

	String url;

	String vkey;

	String mediatorPassword;

	long demoSize;

	@BeforeAll
	void demo() throws Exception {
		this.dataDir = Files.createTempDirectory("raqib-verifier-");
		this.state = Files.createTempDirectory("raqib-verifier-state-");
		start("demo");
		this.mediatorPassword = this.server.logins().get("mediator");
		for (var log : JsonMapper.builder().build().readTree(get("/api/v1/logs"))) {
			if (log.get("id").asString().equals(LOG)) {
				this.vkey = log.get("vkey").asString();
				this.demoSize = log.get("size").asLong();
			}
		}
		assertThat(this.demoSize).as("the demo's roster, agreement, statements and exchange rounds").isGreaterThan(100);
		new LogClient(this.url, LOG).awaitCheckpoint(this.demoSize, Duration.ofSeconds(10));
	}

	@AfterAll
	void stop() throws Exception {
		if (this.server != null) {
			this.server.close();
		}
	}

	@Test
	@Order(1)
	void verifyAuditAndAReceiptPassOnTheServer() throws Exception {
		String log = this.url + "log/" + LOG;
		Verifier.Run verify = Verifier.run("verify", "--log", log, "--vkey", this.vkey, "--state", this.state.toString());
		assertThat(verify.exitCode()).as(verify.output()).isZero();
		assertThat(verify.report().get("entries").get("custodial").asLong()).isEqualTo(this.demoSize);
		assertThat(Verifier.run("audit", "--log", log, "--state", this.state.toString()).exitCode()).isZero();

		Path receipt = Files.writeString(Files.createTempFile("receipt-", ".tlog-proof"),
				get("/api/v1/logs/" + LOG + "/receipts/2"));
		Path note = Files.writeString(Files.createTempFile("entry-", ".note"), JsonMapper.builder().build()
			.readTree(get("/api/v1/logs/" + LOG + "/entries/2")).get("entry").asString());
		Verifier.Run checked = Verifier.run("receipt", receipt.toString(), "--entry", note.toString(), "--log", log,
				"--state", this.state.toString());
		assertThat(checked.exitCode()).as(checked.output()).isZero();
	}

	@Test
	@Order(2)
	void verifyPassesOnTheExport() throws Exception {
		this.server.close();
		Path export = Files.createTempDirectory("raqib-export-").resolve(LOG);
		var command = RaqibProcess.start("export-log", LOG, export.toString(), "--raqib.data-dir=" + this.dataDir);
		assertThat(command.waitForExit(START)).as(command.output()).isZero();
		Verifier.Run run = Verifier.run("verify", "--log", export.toString(), "--vkey", this.vkey, "--state",
				Files.createTempDirectory("raqib-export-state-").toString());
		assertThat(run.exitCode()).as(run.output()).isZero();
	}

	@Test
	@Order(3)
	void aPayloadChangedInStorageIsFoundWithAToken() throws Exception {
		tamper("record_payload", "UPDATE record_payload SET payload = ? WHERE log_id = 'gaza-2025' AND idx = 1",
				"{\"textEn\":\"forged\",\"occurredAt\":\"2025-01-15T18:00:00Z\"}".getBytes(StandardCharsets.UTF_8));
		start("serve");
		var browser = new Browserless(this.url);
		browser.logIn("mediator", this.mediatorPassword);
		Verifier.Run run = Verifier.run("audit", "--log", this.url + "log/" + LOG, "--vkey", this.vkey, "--token",
				browser.issueToken("verifier IT"), "--state", Files.createTempDirectory("raqib-payload-state-").toString());
		assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
		assertThat(run.firstRule()).isEqualTo("PAYLOAD_MISMATCH");
		assertThat(run.firstIndex()).isEqualTo(1);
	}

	@Test
	@Order(4)
	void aByteChangedInAStoredEntryIsFoundAndItsIndexNamed() throws Exception {
		this.server.close();
		byte[] original = leaf(2);
		byte[] leaf = original.clone();
		leaf[leaf.length - 10] ^= 1;
		tamper("record_entry", "UPDATE record_entry SET leaf = ? WHERE log_id = 'gaza-2025' AND idx = 2", leaf);
		start("serve");
		Verifier.Run run = Verifier.run("audit", "--log", this.url + "log/" + LOG, "--vkey", this.vkey, "--state",
				Files.createTempDirectory("raqib-leaf-state-").toString());
		assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
		assertThat(run.firstRule()).isEqualTo("LEAF_HASH");
		assertThat(run.firstIndex()).isEqualTo(2);
		// Put the byte back: the next test rewrites only the log's last entries.
		tamper("record_entry", "UPDATE record_entry SET leaf = ? WHERE log_id = 'gaza-2025' AND idx = 2", original);
	}

	@Test
	@Order(5)
	void aHistoryRewrittenAndResignedIsRefusedAndShownToBeASplitView() throws Exception {
		this.server.close();
		long from = this.demoSize - 3;
		rewriteFrom(from);
		start("serve");
		var browser = new Browserless(this.url);
		browser.logIn("mediator", this.mediatorPassword);
		String token = browser.issueToken("rewrite");
		var client = new LogClient(this.url, LOG);
		// A longer history than the one the state directory pinned, so the verifier asks for a consistency proof.
		long longer = this.demoSize + 1;
		for (long size = from; size < longer; size++) {
			assertThat(client.postStatement(token, "egypt", "a different history " + size).statusCode()).isEqualTo(201);
		}
		client.awaitCheckpoint(longer, Duration.ofSeconds(20));
		String log = this.url + "log/" + LOG;
		Verifier.Run run = Verifier.run("verify", "--log", log, "--state", this.state.toString());
		assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
		assertThat(run.firstRule()).isEqualTo("CONSISTENCY");
		try (Stream<Path> evidence = Files.list(this.state.resolve("evidence"))) {
			assertThat(evidence.toList()).isNotEmpty();
		}
		Verifier.Run compared = Verifier.run("compare", this.state.resolve("checkpoint").toString(),
				log + "/checkpoint", "--vkey", this.vkey, "--log", log, "--state",
				Files.createTempDirectory("raqib-compare-state-").toString());
		assertThat(compared.exitCode()).as(compared.output()).isEqualTo(1);
		assertThat(compared.firstRule()).isEqualTo("SPLIT_VIEW");
	}

	private void start(String command) throws Exception {
		this.server = RaqibProcess.start(command, "--server.port=0", "--raqib.data-dir=" + this.dataDir);
		this.url = this.server.waitForReady(START);
	}

	/** Changes a row behind the server's back, as a database administrator could: the trigger dropped first. */
	private void tamper(String table, String update, byte[] value) throws Exception {
		this.server.close();
		try (Connection db = database(); PreparedStatement change = db.prepareStatement(update)) {
			db.createStatement().execute("DROP TRIGGER IF EXISTS " + table + "_append_only");
			change.setBytes(1, value);
			assertThat(change.executeUpdate()).isEqualTo(1);
		}
	}

	/** Deletes the log from an index on, with its checkpoints: the next entries make another history. */
	private void rewriteFrom(long index) throws Exception {
		try (Connection db = database()) {
			for (String table : new String[] { "record_checkpoint", "record_payload", "record_entry" }) {
				db.createStatement().execute("DROP TRIGGER IF EXISTS " + table + "_append_only");
			}
			db.createStatement().execute("DELETE FROM record_checkpoint WHERE log_id = 'gaza-2025'");
			db.createStatement().execute("DELETE FROM record_payload WHERE log_id = 'gaza-2025' AND idx >= " + index);
			db.createStatement().execute("DELETE FROM record_entry WHERE log_id = 'gaza-2025' AND idx >= " + index);
			db.createStatement().execute("DELETE FROM record_statement WHERE log_id = 'gaza-2025' AND idx >= " + index);
			db.createStatement().execute("DELETE FROM record_revision WHERE log_id = 'gaza-2025' AND idx >= " + index);
		}
	}

	private byte[] leaf(long index) throws Exception {
		try (Connection db = database();
				PreparedStatement read = db.prepareStatement("SELECT leaf FROM record_entry WHERE log_id = 'gaza-2025' AND idx = ?")) {
			read.setLong(1, index);
			try (var rs = read.executeQuery()) {
				rs.next();
				return rs.getBytes(1);
			}
		}
	}

	private Connection database() throws Exception {
		return DriverManager.getConnection("jdbc:h2:file:" + this.dataDir.resolve("raqib") + DatabaseSettings.H2_OPTIONS,
				"sa", "");
	}

	private String get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create(this.url + path.substring(1))).build(),
				HttpResponse.BodyHandlers.ofString()).body();
	}

}
