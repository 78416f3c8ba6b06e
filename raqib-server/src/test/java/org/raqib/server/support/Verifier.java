package org.raqib.server.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The parties' verifier jar ({@code raqib-verify}), run as a party runs it: a process of its own. */
public final class Verifier {

	/** What a run said: its exit code and its JSON report. */
	public record Run(int exitCode, JsonNode report, String output) {

		public String firstRule() {
			return this.report.get("failures").get(0).get("rule").asString();
		}

		public long firstIndex() {
			return this.report.get("failures").get(0).get("index").asLong();
		}

	}

	private Verifier() {
	}

	public static Path jar() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("..", "raqib-verify", "target"))) {
			return files.filter(f -> f.getFileName().toString().matches("raqib-verify-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("build raqib-verify first"));
		}
	}

	public static Run run(String... args) throws IOException, InterruptedException {
		Path report = Files.createTempFile("raqib-verify-", ".json");
		// A home of its own, so that no run reads or pins state left in the real home directory by another.
		Path home = Files.createTempDirectory("raqib-verify-home-");
		var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Duser.home=" + home, "-jar", jar().toString()));
		command.addAll(List.of(args));
		command.addAll(List.of("--report", report.toString()));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		if (!process.waitFor(Duration.ofMinutes(2).toSeconds(), TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException("raqib-verify did not finish:\n" + output);
		}
		String json = Files.exists(report) ? Files.readString(report) : "";
		return new Run(process.exitValue(), json.isBlank() ? JsonMapper.builder().build().createObjectNode()
				: JsonMapper.builder().build().readTree(json), output);
	}

}
