package org.raqib.server.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.raqib.server.agreement.compliance.AsOf;
import org.raqib.server.agreement.compliance.Assessment;
import org.raqib.server.agreement.compliance.Compliance;
import org.raqib.server.agreement.compliance.Facts;
import org.raqib.server.agreement.compliance.MeasureSource;
import org.raqib.server.agreement.compliance.Obligation;
import org.raqib.server.agreement.compliance.Status;

/**
 * The compliance engine's benchmark, on demand only (see BENCHMARK.md): a million facts of one agreement
 * fed straight to the engine in memory ({@link Facts#inMemory}: no database, no transaction), then
 * {@code assess} of all its obligations timed live, as recorded up to random indexes and as of random
 * times, each beside what this machine does in a plain loop in the same run. {@code -Dbench.smoke=true}
 * feeds 20,000 facts.
 */
public final class ComplianceBenchmark {

	private final boolean smoke = Boolean.getBoolean("bench.smoke");

	private final int size = Integer.getInteger("bench.facts", this.smoke ? 20_000 : 1_000_000);

	private final int samples = Integer.getInteger("bench.samples", this.smoke ? 100 : 500);

	private final Path output = Path.of(System.getProperty("bench.output", "target/bench/compliance-benchmark.txt"));

	private final List<Obligation> obligations = ComplianceWorkload.obligations();

	private final List<MeasureSource> sources = List.of(() -> ComplianceWorkload.MEASURES);

	private final Report report = new Report();

	private long checksum;

	public static void main(String[] args) throws Exception {
		new ComplianceBenchmark().run();
	}

	private void run() throws Exception {
		long began = System.nanoTime();
		String loadBefore = loadAverage();
		var workload = new ComplianceWorkload(this.size);
		List<ComplianceWorkload.Entry> entries = workload.entries();
		Instant end = workload.recordedAt(this.size - 1);
		this.report.section("1. Machine limits, measured in this run");
		double sumNanos = ComplianceLimits.sumNanosPerLong();
		double mapNanos = ComplianceLimits.hashMapNanosPerUpdate();
		this.report.row("plain loop summing 1 M longs from an array", String.format("%.2f ns/long", sumNanos),
				String.format("%s longs/s", Report.rate(1e9 / sumNanos)));
		this.report.row("HashMap<Long, Long> merge, 10,000 keys", String.format("%.1f ns/update", mapNanos),
				String.format("%s updates/s", Report.rate(1e9 / mapNanos)));
		warmUp(entries);
		Compliance engine = timeFeeding(entries, mapNanos, end);
		timeAssessments(engine, workload, end, sumNanos);
		this.report.note(String.format("%,d facts over %d days, %d obligations, %d timed samples per view; checksum %d",
				this.size, ComplianceWorkload.SPAN.toDays(), this.obligations.size(), this.samples, this.checksum));
		this.report.note(statuses(engine.assess(ComplianceWorkload.LOG, ComplianceWorkload.ZONE, this.obligations,
				AsOf.latest(end))));
		this.report.titled(String.format(
				"Raqib compliance benchmark (%s): %d cores, Java %s, max heap %,d MB; load average %s before, %s after; %d s",
				this.smoke ? "smoke" : "full", Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20, loadBefore, loadAverage(),
				Duration.ofNanos(System.nanoTime() - began).toSeconds()));
		this.report.write(this.output);
		System.out.println();
		System.out.println(this.report.text());
	}

	/**
	 * Feeds every fact into fresh engines, with the obligations' tallies and without, a few times (the
	 * median is printed, as a collection in the middle of one feed would skew it), then times the first
	 * assess of an engine without tallies. Returns the last engine fed with its tallies live.
	 */
	private Compliance timeFeeding(List<ComplianceWorkload.Entry> entries, double mapNanos, Instant end) {
		this.report.section(String.format("2. Feeding %,d facts in memory (Facts.inMemory: no database)", this.size));
		int repeats = this.smoke ? 9 : 3;
		double[] fed = new double[repeats];
		double[] bare = new double[repeats];
		Compliance engine = null;
		Facts cold = null;
		long held = 0;
		for (int repeat = 0; repeat < repeats; repeat++) {
			engine = null;
			cold = null;
			long before = heapAfterGc();
			Facts live = Facts.inMemory();
			engine = Compliance.over(live, this.sources);
			assess(engine, AsOf.latest(ComplianceWorkload.START));
			fed[repeat] = feed(live, entries);
			held = heapAfterGc() - before;
			cold = Facts.inMemory();
			bare[repeat] = feed(cold, entries);
		}
		double withTallies = median(fed);
		double without = median(bare);
		this.report.row("with the " + tallies() + " tallies of " + this.obligations.size() + " obligations live",
				String.format("%.0f ns/fact = %s facts/s", withTallies, Report.rate(1e9 / withTallies)),
				String.format("%.1f × a HashMap update; median of %d; one entry in 200 a correction",
						withTallies / mapNanos, repeats));
		this.report.row("memory held", String.format("%.0f bytes/fact", held / (double) this.size),
				"facts as columns, shapes, tallies; after a full GC");
		this.report.row("before any assessment (no tallies yet)",
				String.format("%.0f ns/fact = %s facts/s", without, Report.rate(1e9 / without)),
				String.format("%.1f × a HashMap update; median of %d", without / mapNanos, repeats));
		long firstStart = System.nanoTime();
		assess(Compliance.over(cold, this.sources), AsOf.latest(end));
		double firstMillis = (System.nanoTime() - firstStart) / 1e6;
		this.report.row("first assess after that: builds every tally", Report.millis(firstMillis) + " ms",
				String.format("%.1f ns per fact and tally (after a restart, loading the table comes first)",
						firstMillis * 1e6 / this.size / tallies()));
		return engine;
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private void timeAssessments(Compliance engine, ComplianceWorkload workload, Instant end, double sumNanos) {
		this.report.section(String.format("3. assess of all %d obligations on %,d facts", this.obligations.size(),
				this.size));
		var random = new Random(42);
		var views = Map.of("latest (sums kept live)", (Sampler) () -> AsOf.latest(end),
				"as recorded up to a random index", () -> {
					long index = random.nextInt(this.size);
					return AsOf.recordedUpTo(index, workload.recordedAt(index));
				}, "as of a random event time", () -> AsOf.eventTime(workload.recordedAt(random.nextInt(this.size))));
		for (String view : List.of("latest (sums kept live)", "as recorded up to a random index",
				"as of a random event time")) {
			for (int i = 0; i < this.samples / 5; i++) {
				assess(engine, views.get(view).next());
			}
			var latencies = new Latencies();
			for (int i = 0; i < this.samples; i++) {
				AsOf asOf = views.get(view).next();
				long start = System.nanoTime();
				assess(engine, asOf);
				latencies.add(System.nanoTime() - start);
			}
			double scan = sumNanos * this.size / 1e6;
			this.report.row(view + ", p50 / p95 / max", latencies.summary(50, 95, 100), "p95 ≤ 100 ms",
					latencies.millis(95) <= 100,
					String.format("summing %,d longs: %s ms", this.size, Report.millis(scan)));
		}
	}

	private interface Sampler {

		AsOf next();

	}

	private void assess(Compliance engine, AsOf asOf) {
		for (Assessment assessment : engine.assess(ComplianceWorkload.LOG, ComplianceWorkload.ZONE, this.obligations,
				asOf)) {
			this.checksum += assessment.status().ordinal() + assessment.evidence().size();
		}
	}

	private double feed(Facts facts, List<ComplianceWorkload.Entry> entries) {
		long start = System.nanoTime();
		for (ComplianceWorkload.Entry entry : entries) {
			if (entry.corrects() >= 0) {
				facts.withdraw(ComplianceWorkload.LOG, entry.corrects(), entry.index());
			}
			facts.record(entry.fact());
		}
		return (double) (System.nanoTime() - start) / entries.size();
	}

	/**
	 * Feeds the facts, with and without tallies, at least twice and two million facts in all, and assesses
	 * them, so what is timed runs compiled.
	 */
	private void warmUp(List<ComplianceWorkload.Entry> entries) {
		Instant at = entries.get(entries.size() - 1).fact().recordedAt();
		int rounds = Math.max(2, 2_000_000 / entries.size());
		for (int round = 0; round < rounds; round++) {
			Facts facts = Facts.inMemory();
			Compliance engine = Compliance.over(facts, this.sources);
			if (round % 2 == 0) {
				assess(engine, AsOf.latest(ComplianceWorkload.START));
			}
			feed(facts, entries);
			for (int i = 0; i < (round < 6 ? 20 : 0); i++) {
				assess(engine, AsOf.latest(at));
				assess(engine, AsOf.recordedUpTo(entries.size() / 2 + i, at));
				assess(engine, AsOf.eventTime(at.minusSeconds(86400L * i)));
			}
		}
	}

	/** One tally per selection an obligation counts: two for a ratio and for AHEAD_OF, one for the others. */
	private int tallies() {
		int tallies = 0;
		for (Obligation obligation : this.obligations) {
			boolean two = obligation instanceof Obligation.Ratio || obligation instanceof Obligation.Deadline deadline
					&& deadline.timing() == Obligation.Timing.AHEAD_OF;
			tallies += two ? 2 : 1;
		}
		return tallies;
	}

	/** The 1, 5 and 15-minute load averages, where the system says: other work on the machine shows in every figure. */
	private static String loadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return fields[0] + " " + fields[1] + " " + fields[2];
		}
		catch (IOException | RuntimeException ex) {
			return String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		}
	}

	private static long heapAfterGc() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private static String statuses(List<Assessment> assessments) {
		var counts = new EnumMap<Status, Integer>(Status.class);
		for (Assessment assessment : assessments) {
			counts.merge(assessment.status(), 1, Integer::sum);
		}
		return "live statuses at the end of the year: " + counts;
	}

}
