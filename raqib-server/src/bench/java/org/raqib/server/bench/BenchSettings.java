package org.raqib.server.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * What one run of the record benchmark does: the database, how long each phase lasts and how many
 * client threads it uses. {@code -Dbench.smoke=true} shrinks every phase to seconds;
 * {@code -Dbench.options=name=value,…} (or {@code -Dbench.name=value}) overrides one setting.
 *
 * @param clients HTTP client threads of the throughput phase, each with a party-held key of its own.
 * @param admissionThreads threads calling {@code Appending.submitSigned} in-process, each with its own key.
 * @param latencyKeys keys (and sending threads) of the open-loop latency phase.
 * @param rate entries per second of the open-loop latency phase.
 * @param receiptEvery every how many entries of the latency phase a receipt is fetched.
 * @param httpPresignRate the highest HTTP rate the pre-signed entries last for.
 * @param proofEntries the size of the log the proofs are measured on.
 * @param proofSamples proofs measured in-process per kind (a quarter as many over HTTP).
 */
record BenchSettings(boolean smoke, String database, int clients, int admissionThreads, int latencyKeys, int rate,
		int receiptEvery, int httpPresignRate, Duration limitRun, Duration warmup, Duration httpRun,
		Duration admissionRun, Duration latencyRun, long proofEntries, int proofSamples, Path output) {

	static BenchSettings fromSystemProperties() {
		Map<String, String> options = options(System.getProperty("bench.options", ""));
		boolean smoke = Boolean.parseBoolean(value(options, "smoke", "false"));
		return new BenchSettings(smoke, value(options, "database", "h2"),
				intValue(options, "clients", 32), intValue(options, "admissionThreads", 64),
				intValue(options, "latencyKeys", 64), intValue(options, "rate", 500),
				intValue(options, "receiptEvery", 10), intValue(options, "httpPresignRate", 5000),
				seconds(options, "limitSeconds", smoke ? 2 : 5), seconds(options, "warmupSeconds", smoke ? 2 : 10),
				seconds(options, "httpSeconds", smoke ? 5 : 60), seconds(options, "admissionSeconds", smoke ? 3 : 10),
				seconds(options, "latencySeconds", smoke ? 5 : 30),
				Long.parseLong(value(options, "proofEntries", smoke ? "20000" : "1000000")),
				intValue(options, "proofSamples", smoke ? 1000 : 10000),
				Path.of(value(options, "output", "target/bench/record-benchmark.txt")));
	}

	boolean postgres() {
		return this.database.equalsIgnoreCase("postgresql") || this.database.equalsIgnoreCase("pg");
	}

	/** The most keys any phase uses at once. */
	int keys() {
		return Math.max(this.clients, Math.max(this.admissionThreads, this.latencyKeys));
	}

	private static Map<String, String> options(String text) {
		var options = new HashMap<String, String>();
		if (text.isBlank() || text.startsWith("${")) {
			return options;
		}
		for (String pair : text.split(",")) {
			int equals = pair.indexOf('=');
			if (equals < 1) {
				throw new IllegalArgumentException("bench.options takes name=value pairs separated by commas: " + pair);
			}
			options.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
		}
		return options;
	}

	private static String value(Map<String, String> options, String name, String fallback) {
		String value = options.getOrDefault(name, System.getProperty("bench." + name));
		return value == null || value.isBlank() || value.startsWith("${") ? fallback : value;
	}

	private static int intValue(Map<String, String> options, String name, int fallback) {
		return Integer.parseInt(value(options, name, Integer.toString(fallback)));
	}

	private static Duration seconds(Map<String, String> options, String name, int fallback) {
		return Duration.ofSeconds(intValue(options, name, fallback));
	}

}
