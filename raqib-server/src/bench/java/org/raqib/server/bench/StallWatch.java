package org.raqib.server.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/**
 * Watches a phase's progress until it ends; when nothing completes for {@link #STALL_SECONDS}, writes
 * every thread's full stack once beside the report, so that a stall can be explained afterwards.
 */
final class StallWatch {

	static final int STALL_SECONDS = 5;

	private static volatile Path directory = Path.of("target/bench");

	private StallWatch() {
	}

	static void directory(Path reportFile) {
		directory = reportFile.toAbsolutePath().getParent();
	}

	/**
	 * Watches until {@code end}, running {@code atStart} once {@code start} has passed; returns where the
	 * stall's thread dump went, or null if there was none.
	 */
	static Path watch(LongSupplier progress, long start, long end, String phase, Runnable atStart) {
		long last = progress.getAsLong();
		long lastChange = System.nanoTime();
		Path dump = null;
		boolean started = false;
		while (System.nanoTime() < end) {
			long next = started ? end : start;
			LockSupport.parkNanos(Math.min(1_000_000_000L, Math.max(1, next - System.nanoTime())));
			if (!started && System.nanoTime() >= start) {
				atStart.run();
				started = true;
			}
			long now = progress.getAsLong();
			if (now != last) {
				last = now;
				lastChange = System.nanoTime();
			}
			else if (dump == null && System.nanoTime() - lastChange > STALL_SECONDS * 1_000_000_000L) {
				dump = dump(phase);
				System.out.println("  STALL: nothing completed for " + STALL_SECONDS + " s; threads written to " + dump);
			}
		}
		return dump;
	}

	private static Path dump(String phase) {
		var text = new StringBuilder("stall in " + phase + " at " + Instant.now() + "\n\n");
		for (ThreadInfo info : ManagementFactory.getThreadMXBean().dumpAllThreads(true, true)) {
			text.append('"').append(info.getThreadName()).append("\" ").append(info.getThreadState());
			if (info.getLockName() != null) {
				text.append(" on ").append(info.getLockName()).append(" owned by ").append(info.getLockOwnerName());
			}
			text.append('\n');
			for (StackTraceElement frame : info.getStackTrace()) {
				text.append("\tat ").append(frame).append('\n');
			}
			text.append('\n');
		}
		Path file = directory.resolve("stall-" + System.currentTimeMillis() + ".txt");
		try {
			Files.createDirectories(directory);
			Files.writeString(file, text);
		}
		catch (IOException ex) {
			System.out.println("  cannot write the thread dump: " + ex.getMessage());
		}
		return file;
	}

}
