package org.raqib.server.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;

/**
 * Where this process spent its CPU between two instants: the server's request threads, the sequencer,
 * the benchmark's own clients, and the JVM itself (garbage collection, JIT compilation), so that a
 * figure can be read against what the cores were doing.
 *
 * @param busy the share of all cores the process used.
 * @param seconds how long, wall clock.
 * @param server request threads (Tomcat) and other server threads, in core-seconds.
 * @param sequencer the log's sequencer threads, in core-seconds.
 * @param client the benchmark's clients (its threads and the HTTP client's), in core-seconds.
 * @param jvm what no Java thread accounts for (GC, JIT), in core-seconds.
 */
record CpuUse(double busy, double seconds, double server, double sequencer, double client, double jvm) {

	/** CPU time per thread at one instant. */
	static final class Snapshot {

		private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

		private final long wall = System.nanoTime();

		private final long process = ((com.sun.management.OperatingSystemMXBean) ManagementFactory
			.getOperatingSystemMXBean()).getProcessCpuTime();

		private final Map<Long, Long> cpu = new HashMap<>();

		private final Map<Long, String> names = new HashMap<>();

		Snapshot() {
			for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
				if (info != null) {
					this.cpu.put(info.getThreadId(), THREADS.getThreadCpuTime(info.getThreadId()));
					this.names.put(info.getThreadId(), info.getThreadName());
				}
			}
		}

		/** What was used since {@code before}. */
		CpuUse since(Snapshot before) {
			double server = 0;
			double sequencer = 0;
			double client = 0;
			for (var thread : this.cpu.entrySet()) {
				long used = Math.max(0, thread.getValue() - before.cpu.getOrDefault(thread.getKey(), 0L));
				String name = this.names.get(thread.getKey());
				if (name.startsWith("sequencer-")) {
					sequencer += used;
				}
				else if (name.startsWith("bench-") || name.startsWith("HttpClient-")) {
					client += used;
				}
				else {
					server += used;
				}
			}
			double process = this.process - before.process;
			double wall = this.wall - before.wall;
			int cores = Runtime.getRuntime().availableProcessors();
			return new CpuUse(process / (wall * cores), wall / 1e9, server / 1e9, sequencer / 1e9, client / 1e9,
					Math.max(0, process - server - sequencer - client) / 1e9);
		}

	}

	/** The split per entry, in microseconds of CPU. */
	String perEntry(long entries) {
		double micros = 1e6 / Math.max(1, entries);
		return String.format("CPU %.0f%% of all cores; per entry: server %.0f µs, sequencer %.0f µs (thread %.0f%% busy),"
				+ " client %.0f µs, GC+JIT %.0f µs", 100 * this.busy, this.server * micros, this.sequencer * micros,
				100 * this.sequencer / this.seconds, this.client * micros, this.jvm * micros);
	}

}
