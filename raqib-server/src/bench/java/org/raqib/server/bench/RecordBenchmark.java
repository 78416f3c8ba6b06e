package org.raqib.server.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.raqib.server.access.RaqibUser;
import org.raqib.server.record.Appending;
import org.raqib.server.record.LogReader;
import org.raqib.server.system.Rejected;
import org.raqib.tlog.SignerKey;

/**
 * The record's performance on this machine (DESIGN.md §7), each figure printed beside the machine's own
 * limit measured in the same run: party-signed entries over HTTP, in-process admission against the
 * strict-verify rate, promise and receipt latency at 500 entries/s, and proofs on a 1 M-entry log. Runs
 * only on demand: {@code ./mvnw -pl raqib-server -am -Pbench -DskipTests verify} (see BENCHMARK.md).
 * Nothing fails on a missed target: each line says PASS or MISS.
 */
public final class RecordBenchmark {

	static final byte[] PAYLOAD = ("{\"textEn\":\"Benchmark statement: side A signed this entry with a key it holds;"
			+ " the payload is about two hundred bytes, like a short statement.\",\"occurredAt\":\"2025-01-19T06:30:00Z\"}")
		.getBytes(StandardCharsets.UTF_8);

	static final byte[] TINY_PAYLOAD = "{\"textEn\":\"x\",\"occurredAt\":\"2025-01-19T06:30:00Z\"}"
		.getBytes(StandardCharsets.UTF_8);

	private final BenchSettings settings;

	private final Report report;

	private final int cores = Runtime.getRuntime().availableProcessors();

	private double verifyAll;

	private double jdbcRowByRow;

	private double signOne;

	private double nodeHashMicros;

	private RecordBenchmark(BenchSettings settings, Report report) {
		this.settings = settings;
		this.report = report;
	}

	public static void main(String[] args) throws Exception {
		BenchSettings settings = BenchSettings.fromSystemProperties();
		StallWatch.directory(settings.output());
		String loadBefore = loadAverage();
		var report = new Report();
		List<SignerKey> keys = BenchServer.generateKeys(settings.keys());
		String database;
		long started = System.nanoTime();
		try (BenchServer server = BenchServer.start(settings)) {
			database = server.database();
			System.out.println("Record benchmark on " + database + (settings.smoke() ? " (smoke run)" : ""));
			new RecordBenchmark(settings, report).run(server, keys);
		}
		String title = String.format("Raqib record benchmark%s: %s; %d cores, Java %s; load average %s before, %s after;"
				+ " %.0f s", settings.smoke() ? " (SMOKE: seconds-long phases, not the targets' conditions)" : "",
				database, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), loadBefore,
				loadAverage(), (System.nanoTime() - started) / 1e9);
		Report finished = report.titled(title);
		System.out.println();
		System.out.println(finished.text());
		finished.write(settings.output());
		System.out.println("Written to " + settings.output().toAbsolutePath());
		System.exit(0);
	}

	private void run(BenchServer server, List<SignerKey> signers) throws Exception {
		BenchServer.BenchLog log = server.createLog("bench", signers);
		RaqibUser liaison = server.liaison();
		var http = new HttpSubmissions(HttpSubmissions.newClient(), server.baseUrl(), log.id(), server.token(liaison));
		limits(server, log);
		httpThroughput(http, log);
		admission(server.bean(Appending.class), log, liaison);
		latency(http, log);
		proofs(server, signers, liaison, http);
	}

	private void limits(BenchServer server, BenchServer.BenchLog log) throws Exception {
		this.report.section("1. Machine limits, measured in this run");
		byte[] leaf = log.keys().get(0).presign(1, PAYLOAD).get(0);
		cryptoLimits(leaf);
		var inserts = new JdbcInserts(server.dataSource(), leaf, PAYLOAD, "Benchmark statement");
		for (JdbcInserts.Style style : JdbcInserts.Style.values()) {
			double rate = inserts.entriesPerSecond(style, this.settings.limitRun());
			if (style == JdbcInserts.Style.ROW_BY_ROW) {
				this.jdbcRowByRow = rate;
			}
			this.report.row("plain JDBC inserts, " + style.name().toLowerCase().replace('_', ' '),
					Report.rate(rate) + " entries/s", "entry + payload + statement rows (" + leaf.length + " + "
							+ PAYLOAD.length + " bytes), " + JdbcInserts.PER_TRANSACTION + " entries per commit, 1 thread");
		}
		this.nodeHashMicros = MachineLimits.nodeHashMicros(this.settings.limitRun());
		this.report.row("SHA-256 node hash (RFC 9162)", String.format("%.2f µs", this.nodeHashMicros),
				String.format("20 of them (a path at 1 M entries): %.1f µs", 20 * this.nodeHashMicros));
	}

	private void cryptoLimits(byte[] leaf) throws InterruptedException {
		SignerKey key = BenchServer.generateKeys(1).get(0);
		double one = MachineLimits.strictVerifyRate(key, leaf, 1, this.settings.limitRun());
		this.verifyAll = MachineLimits.strictVerifyRate(key, leaf, this.cores, this.settings.limitRun());
		this.report.row("strict Ed25519 verify, 1 thread", Report.rate(one) + " /s", "entry note of " + leaf.length + " bytes");
		this.report.row("strict Ed25519 verify, " + this.cores + " threads (all cores)", Report.rate(this.verifyAll) + " /s",
				String.format("%.2f × 1 thread", this.verifyAll / one));
		this.signOne = MachineLimits.signRate(key, leaf, this.settings.limitRun());
		this.report.row("Ed25519 sign, 1 thread", Report.rate(this.signOne) + " /s",
				"the log signs one promise per entry; verify + sign per entry on all cores: "
						+ Report.rate(this.cores / (1 / one + 1 / this.signOne)) + " /s");
	}

	private void httpThroughput(HttpSubmissions http, BenchServer.BenchLog log) throws Exception {
		this.report.section("2. Party-signed entries over HTTP, durable (201 after commit)");
		List<PartyKey> keys = log.keys().subList(0, this.settings.clients());
		double seconds = (this.settings.warmup().toNanos() + this.settings.httpRun().toNanos()) / 1e9;
		int perKey = (int) Math.ceil(Math.min(this.verifyAll, this.settings.httpPresignRate()) * seconds / keys.size());
		List<List<byte[]>> bodies = presign(keys, perKey, true);
		var result = ClosedLoop.run("HTTP throughput", keys, bodies, http.sender(), this.settings.warmup(),
				this.settings.httpRun());
		boolean met = result.perSecond() >= 1000 && result.errors() == 0 && !result.ranOut();
		this.report.row(String.format("%d clients, %d s (after %d s warm-up)", keys.size(),
				this.settings.httpRun().toSeconds(), this.settings.warmup().toSeconds()),
				Report.rate(result.perSecond()) + " /s, " + result.errors() + " errors", "≥ 1,000 /s, 0 err", met,
				String.format("%.2f × verify on all cores, %.2f × JDBC row by row%s", result.perSecond() / this.verifyAll,
						result.perSecond() / this.jdbcRowByRow, ranOut(result.ranOut())));
		this.report.row("where the CPU went", "", result.cpu().perEntry(result.appended()));
		result.firstErrors().forEach(error -> this.report.note("HTTP throughput error: " + error));
		stalled("HTTP throughput", result.stall());
	}

	private void admission(Appending appending, BenchServer.BenchLog log, RaqibUser liaison) throws Exception {
		this.report.section("3. In-process admission (Appending.submitSigned, durable)");
		List<PartyKey> keys = log.keys().subList(0, this.settings.admissionThreads());
		double seconds = (this.settings.admissionRun().toNanos() + this.settings.warmup().toNanos() / 2) / 1e9;
		int perKey = (int) Math.ceil(this.verifyAll * 1.1 * seconds / keys.size());
		List<List<byte[]>> leaves = presign(keys, perKey, false);
		ClosedLoop.Sender sender = leaf -> {
			try {
				appending.submitSigned(log.id(), leaf, PAYLOAD, liaison);
				return ClosedLoop.Outcome.APPENDED;
			}
			catch (Rejected ex) {
				Object expected = ex.properties().get("expectedSeq");
				return ClosedLoop.Outcome.refused(ex.rule() + " " + ex.getMessage(),
						expected instanceof Number n ? n.longValue() : -1);
			}
		};
		var result = ClosedLoop.run("in-process admission", keys, leaves, sender, this.settings.warmup().dividedBy(2),
				this.settings.admissionRun());
		double ratio = result.perSecond() / this.verifyAll;
		this.report.row(String.format("%d threads, %d s", keys.size(), this.settings.admissionRun().toSeconds()),
				String.format("%s /s = %.2f × verify", Report.rate(result.perSecond()), ratio), "≥ 0.50 × verify",
				ratio >= 0.5 && result.errors() == 0, String.format("verify on all cores %s /s; %d errors%s",
						Report.rate(this.verifyAll), result.errors(), ranOut(result.ranOut())));
		this.report.row("where the CPU went", "", result.cpu().perEntry(result.appended()));
		result.firstErrors().forEach(error -> this.report.note("admission error: " + error));
		stalled("in-process admission", result.stall());
	}

	private void latency(HttpSubmissions http, BenchServer.BenchLog log) throws Exception {
		this.report.section(String.format("4–5. Promise and receipt latency at %d entries/s over HTTP (open loop)",
				this.settings.rate()));
		List<PartyKey> keys = log.keys().subList(0, this.settings.latencyKeys());
		var result = new OpenLoop(http, log.info()).run(keys, PAYLOAD, this.settings.rate(),
				this.settings.warmup().dividedBy(2), this.settings.latencyRun(), this.settings.receiptEvery());
		Latencies promises = result.promises();
		this.report.row("promise (201) from the scheduled send, p50 / p95 / p99", promises.summary(50, 95, 99),
				"p95 ≤ 300 ms", promises.millis(95) <= 300 && result.errors() == 0 && result.notSent() == 0,
				String.format("achieved %s /s for %d s, n = %,d, %d errors%s", Report.rate(result.achievedRate()),
						this.settings.latencyRun().toSeconds(), promises.count(), result.errors(),
						result.notSent() == 0 ? "" : String.format(", %,d NOT SENT (30 s past the schedule)",
								result.notSent())));
		this.report.row("where the CPU went", "", result.cpu().perEntry(promises.count()));
		Latencies receipts = result.receipts();
		this.report.row("receipt (verified tlog-proof) from the promise, p50 / p95", receipts.summary(50, 95),
				"p95 ≤ 1,500 ms", receipts.millis(95) <= 1500 && result.receiptErrors() == 0,
				String.format("n = %,d (every %dth entry), %d errors; checkpoints at most every 1 s", receipts.count(),
						this.settings.receiptEvery(), result.receiptErrors()));
		result.firstErrors().forEach(error -> this.report.note("latency phase error: " + error));
	}

	private void proofs(BenchServer server, List<SignerKey> signers, RaqibUser liaison, HttpSubmissions http)
			throws Exception {
		this.report.section(String.format("6. Proofs on a %,d-entry log", this.settings.proofEntries()));
		BenchServer.BenchLog log = server.createLog("bench-proofs", signers.subList(0, this.settings.admissionThreads()));
		var proofLog = new ProofLog(server.bean(Appending.class), server.bean(LogReader.class), log.id());
		long before = proofLog.size();
		ProofLog.Built built = proofLog.build(log.keys(), liaison, TINY_PAYLOAD, this.settings.proofEntries());
		this.report.row(String.format("log built in-process (submitSigned, %d threads)", log.keys().size()),
				String.format("%,d entries in %.0f s", built.size(), built.seconds()),
				String.format("%s entries/s, %d errors", Report.rate(built.perSecond(built.size() - before)), built.errors()));
		ProofLog.Proofs proofs = proofLog.measure(http, this.settings.proofSamples());
		String floor = String.format("node hash %.2f µs; n = %,d", this.nodeHashMicros, proofs.inclusion().count());
		proofRow("inclusion, random index and size, in-process", proofs.inclusion(), floor);
		proofRow("consistency, random sizes, in-process", proofs.consistency(), floor);
		proofRow("inclusion, random index, size = log size, in-process", proofs.inclusionAtSize(), floor);
		proofRow("inclusion over HTTP GET, random index and size", proofs.httpInclusion(),
				String.format("n = %,d, one client thread", proofs.httpInclusion().count()));
	}

	private void stalled(String phase, Path dump) {
		if (dump != null) {
			this.report.note(phase + ": nothing completed for " + StallWatch.STALL_SECONDS + " s or more; threads: " + dump);
		}
	}

	private void proofRow(String what, Latencies latencies, String beside) {
		this.report.row(what + ", p50 / p95 / p99", latencies.summary(50, 95, 99), "p95 ≤ 2 ms",
				latencies.millis(95) <= 2, beside);
	}

	/** Each key's next entries, signed before any timing: request bodies for HTTP, leaves in-process. */
	private static List<List<byte[]>> presign(List<PartyKey> keys, int perKey, boolean bodies) {
		long start = System.nanoTime();
		var items = new ArrayList<List<byte[]>>();
		keys.parallelStream()
			.map(key -> key.presign(perKey, PAYLOAD))
			.map(leaves -> bodies ? HttpSubmissions.bodies(leaves, PAYLOAD) : leaves)
			.forEachOrdered(items::add);
		System.out.printf("  pre-signed %,d entries in %.1f s%n", (long) perKey * keys.size(),
				(System.nanoTime() - start) / 1e9);
		return items;
	}

	private static String ranOut(boolean ranOut) {
		return ranOut ? "; RAN OUT of pre-signed entries (raise bench.httpPresignRate)" : "";
	}

	private static String loadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return fields[0] + " " + fields[1] + " " + fields[2];
		}
		catch (Exception ex) {
			return "unknown";
		}
	}

}
