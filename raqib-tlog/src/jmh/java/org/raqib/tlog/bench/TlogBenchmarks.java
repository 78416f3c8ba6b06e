package org.raqib.tlog.bench;

import java.util.ArrayList;
import java.util.List;

import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the benchmarks whose figures the server's benchmarks print beside their own, and prints
 * them as one table. {@code -Dbench.smoke=true} runs each for seconds instead of a minute.
 */
public final class TlogBenchmarks {

    private TlogBenchmarks() {
    }

    public static void main(String[] args) throws RunnerException {
        boolean smoke = Boolean.getBoolean("bench.smoke");
        int cores = Runtime.getRuntime().availableProcessors();
        List<String> rows = new ArrayList<>();
        rows.add(run("Ed25519Benchmark.strictVerify", 1, smoke, "strict Ed25519 verify, 1 thread"));
        rows.add(run("Ed25519Benchmark.strictVerify", cores, smoke, "strict Ed25519 verify, " + cores + " threads (all cores)"));
        rows.add(run("MerkleBenchmark.leafHash1KiB", 1, smoke, "leaf hash of a 1 KiB entry"));
        rows.add(run("MerkleBenchmark.verifyInclusionAt2To20", 1, smoke, "inclusion proof verify, 2^20 leaves"));
        rows.add(run("MerkleBenchmark.appendToCompactRange", 1, smoke, "compact range append (leaf hash given)"));
        System.out.println();
        System.out.println("raqib-tlog limits on this machine (" + cores + " cores, Java " + System.getProperty("java.version")
                + (smoke ? ", smoke run" : "") + "):");
        rows.forEach(System.out::println);
    }

    private static String run(String benchmark, int threads, boolean smoke, String label) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(TlogBenchmarks.class.getPackageName() + "." + benchmark + "$")
                .threads(threads)
                .forks(1)
                .warmupIterations(smoke ? 1 : 3)
                .warmupTime(TimeValue.seconds(smoke ? 1 : 2))
                .measurementIterations(smoke ? 2 : 5)
                .measurementTime(TimeValue.seconds(smoke ? 1 : 2));
        RunResult result = new Runner(options.build()).runSingle();
        Result<?> score = result.getPrimaryResult();
        return String.format("  %-48s %,14.0f ± %,.0f %s", label, score.getScore(), score.getScoreError(), score.getScoreUnit());
    }
}
