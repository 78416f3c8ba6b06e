package org.raqib.verify;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.raqib.tlog.Entry;
import org.raqib.tlog.Hashes;
import org.raqib.tlog.Note;
import org.raqib.tlog.NoteVerifier;

/**
 * The audit benchmark, run on demand by the {@code bench} profile, never during {@code verify}:
 * (1) the parallel strict Ed25519 verify rate, the bound on any audit; (2) a generated log of
 * {@code bench.entries} entries (default 1,000,000) in {@code bench.dir}; (3) {@code audit} of that
 * folder in this JVM, as entries per second beside the verify rate. {@code -Dbench.smoke=true} makes it
 * 20,000 entries and short runs, seconds in all.
 */
public final class AuditBenchmark {

    private AuditBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        boolean smoke = Boolean.getBoolean("bench.smoke");
        long entries = smoke ? 20_000 : Long.getLong("bench.entries", 1_000_000);
        Path dir = Path.of(System.getProperty("bench.dir", "target/bench-log"));
        int cores = Runtime.getRuntime().availableProcessors();
        Duration warmup = Duration.ofSeconds(smoke ? 1 : 3);
        Duration measure = Duration.ofSeconds(smoke ? 2 : 10);
        System.out.printf("raqib-verify audit benchmark: %,d entries, %d cores, Java %s, load average %s%n",
                entries, cores, Runtime.version(), loadAverage());
        double oneThread = verifyRate(1, warmup, measure);
        double allCores = verifyRate(cores, warmup, measure);
        long start = System.nanoTime();
        generate(dir, entries, cores);
        double generation = seconds(start);
        start = System.nanoTime();
        double audit = audit(dir) / seconds(start);
        System.out.println();
        row("strict Ed25519 verify, 1 thread", String.format("%,14.0f /s", oneThread));
        row("strict Ed25519 verify, " + cores + " threads (all cores)", String.format("%,14.0f /s", allCores));
        row(String.format("log generation, %,d entries", entries), String.format("%,14.1f s  (%,.0f entries/s)", generation, entries / generation));
        row("audit, folder source, in-process", String.format("%,14.0f /s  (%,.1f s)", audit, entries / audit));
        row("audit rate / parallel strict verify rate", String.format("%14.2f", audit / allCores));
        row("target >= 5,000 entries/s", String.format("%14s", audit >= 5000 ? "met" : "NOT MET"));
        System.out.printf("load average at the end: %s%n", loadAverage());
    }

    private static void row(String label, String figure) {
        System.out.printf("%-52s %s%n", label, figure);
    }

    private static void generate(Path dir, long entries, int threads) throws Exception {
        ExecutorService signers = Executors.newFixedThreadPool(threads);
        try {
            BenchLog.generate(dir, entries, signers);
        } finally {
            signers.shutdown();
        }
    }

    /** Returns how many honest signatures of entry-sized notes by one registered key {@code threads} threads verify per second. */
    private static double verifyRate(int threads, Duration warmup, Duration measure) throws InterruptedException {
        NoteVerifier verifier = TestKeys.A_CUSTODIAL.verifierKey().verifier();
        List<Signed> notes = signedNotes();
        LongAdder count = new LongAdder();
        AtomicBoolean counting = new AtomicBoolean();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int offset = t * 17;
            workers.add(new Thread(() -> verifyUntilStopped(verifier, notes, offset, running, counting, count)));
            workers.get(t).start();
        }
        Thread.sleep(warmup.toMillis());
        long start = System.nanoTime();
        counting.set(true);
        Thread.sleep(measure.toMillis());
        counting.set(false);
        double rate = count.sum() / seconds(start);
        running.set(false);
        for (Thread worker : workers) {
            worker.join();
        }
        return rate;
    }

    private static void verifyUntilStopped(NoteVerifier verifier, List<Signed> notes, int offset, AtomicBoolean running,
            AtomicBoolean counting, LongAdder count) {
        for (int i = offset; running.get(); i++) {
            Signed note = notes.get(i % notes.size());
            if (!verifier.verify(note.message(), note.signature())) {
                throw new IllegalStateException("an honest signature failed");
            }
            if (counting.get()) {
                count.increment();
            }
        }
    }

    /** A signed message: an entry's text and its party's signature. */
    private record Signed(byte[] message, byte[] signature) {
    }

    private static List<Signed> signedNotes() {
        List<Signed> notes = new ArrayList<>();
        for (int i = 0; i < 256; i++) {
            Note note = Entry.builder().origin(TestKeys.ORIGIN).kind(LogWriter.STATEMENT).party(TestKeys.A_CUSTODIAL.name())
                    .seq(i + 1).time(Instant.parse("2026-03-02T09:00:00Z")).seen(0, Hashes.emptyRoot())
                    .payload(new byte[] {(byte) i}).sign(TestKeys.A_CUSTODIAL.signer()).note();
            notes.add(new Signed(note.text().getBytes(StandardCharsets.UTF_8), note.signatures().get(0).signature()));
        }
        return notes;
    }

    private static long audit(Path dir) throws Exception {
        Path state = Files.createTempDirectory("raqib-verify-bench-state");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = Main.run(new PrintStream(out, true, StandardCharsets.UTF_8), System.out,
                "audit", "--log", dir.toString(), "--vkey", TestKeys.vkey(), "--state", state.toString());
        BenchLog.deleteTree(state);
        JsonObject report = JsonParser.parseString(out.toString(StandardCharsets.UTF_8)).getAsJsonObject();
        if (exit != 0) {
            throw new IllegalStateException("the audit of the generated log failed: " + report);
        }
        return report.getAsJsonObject("entries").get("checked").getAsLong();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
