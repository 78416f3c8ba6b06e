package org.raqib.server.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The packaged server jar run as a separate process, as a user runs it: its output is collected so a
 * test can wait for a line and read what it printed.
 */
public final class RaqibProcess implements AutoCloseable {

	private final Process process;

	private final StringBuffer output = new StringBuffer();

	private final Thread reader;

	private RaqibProcess(Process process) {
		this.process = process;
		this.reader = new Thread(this::collect, "raqib-process-output");
		this.reader.setDaemon(true);
		this.reader.start();
	}

	public static Path jar() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			return files.filter(f -> f.getFileName().toString().matches("raqib-server-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("package the server first: no target/raqib-server-*.jar"));
		}
	}

	public static RaqibProcess start(String... args) throws IOException {
		return start(java.util.Map.of(), args);
	}

	/** Starts the jar with extra environment variables (the database, the key directory). */
	public static RaqibProcess start(java.util.Map<String, String> environment, String... args) throws IOException {
		var command = new ArrayList<>(List.of(javaExecutable(), "-jar", jar().toString()));
		command.addAll(List.of(args));
		var builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().putAll(environment);
		return new RaqibProcess(builder.start());
	}

	/** Kills the process as a power cut would: SIGKILL, no shutdown hooks, nothing flushed. */
	public void kill() throws InterruptedException {
		this.process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
	}

	public long pid() {
		return this.process.pid();
	}

	/** Runs a command to its end and returns its exit code; its output is in {@link #output()}. */
	public int waitForExit(Duration timeout) throws InterruptedException {
		if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			throw new IllegalStateException("still running after " + timeout + ":\n" + output());
		}
		this.reader.join(5_000);
		return this.process.exitValue();
	}

	/** Waits for a line matching the pattern and returns its match. */
	public Matcher waitFor(Pattern pattern, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			Matcher matcher = pattern.matcher(this.output);
			if (matcher.find()) {
				return matcher;
			}
			if (!this.process.isAlive()) {
				throw new IllegalStateException("exited with " + this.process.exitValue() + ":\n" + output());
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException("no " + pattern + " within " + timeout + ":\n" + output());
	}

	static final Pattern READY = Pattern.compile("Raqib is ready: (http://localhost:\\d+/)");

	static final Pattern LOGIN = Pattern.compile("^ {4}(\\S+) +(\\S+)$", Pattern.MULTILINE);

	/** Waits for the start-up announcement and returns the URL it gives. */
	public String waitForReady(Duration timeout) throws InterruptedException {
		return waitFor(READY, timeout).group(1);
	}

	/** The logins the start-up announcement printed, user name to password. */
	public java.util.Map<String, String> logins() {
		var logins = new java.util.LinkedHashMap<String, String>();
		Matcher login = LOGIN.matcher(output());
		while (login.find()) {
			logins.put(login.group(1), login.group(2));
		}
		return logins;
	}

	public String output() {
		return this.output.toString();
	}

	/** Stops the process as a user's Ctrl-C would, and waits for it. */
	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
			this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		}
	}

	private void collect() {
		try (var in = new BufferedReader(new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = in.readLine()) != null) {
				this.output.append(line).append('\n');
			}
		}
		catch (IOException ex) {
			this.output.append("[output closed: ").append(ex.getMessage()).append("]\n");
		}
	}

	private static String javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

}
