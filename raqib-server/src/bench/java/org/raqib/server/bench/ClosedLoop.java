package org.raqib.server.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

/**
 * Threads that each submit one key's pre-signed entries, one after the other, as fast as the log takes
 * them (each waits for its answer before sending the next). Entries completed after the warm-up and
 * before the end are counted.
 */
final class ClosedLoop {

	/** Submits one pre-signed item and tells what the log answered. */
	interface Sender {

		Outcome send(byte[] item) throws Exception;

	}

	/** The log's answer: appended, or refused (with the sequence number it expected, if it said). */
	record Outcome(boolean appended, long expectedSeq, String error) {

		static final Outcome APPENDED = new Outcome(true, -1, "");

		static Outcome refused(String error, long expectedSeq) {
			return new Outcome(false, expectedSeq, error);
		}

	}

	/** What a run did: entries appended in the measured window, errors, and the process's CPU use. */
	record Result(long appended, double seconds, long errors, List<String> firstErrors, boolean ranOut,
			CpuUse cpu, Path stall) {

		double perSecond() {
			return this.appended / this.seconds;
		}

	}

	private static final int MAX_ERRORS_PER_LANE = 50;

	private ClosedLoop() {
	}

	/** Runs one thread per key, key {@code i} sending {@code items.get(i)} in order. */
	static Result run(String phase, List<PartyKey> keys, List<List<byte[]>> items, Sender sender, Duration warmup,
			Duration run) throws InterruptedException {
		long start = System.nanoTime() + warmup.toNanos();
		long end = start + run.toNanos();
		var appended = new LongAdder();
		var completed = new LongAdder();
		var errors = new LongAdder();
		var firstErrors = Collections.synchronizedList(new ArrayList<String>());
		var ranOut = new AtomicBoolean();
		var threads = new ArrayList<Thread>();
		for (int i = 0; i < keys.size(); i++) {
			PartyKey key = keys.get(i);
			List<byte[]> lane = items.get(i);
			threads.add(new Thread(() -> {
				int sent = lane(key, lane, sender, start, end, appended, completed, errors, firstErrors);
				ranOut.compareAndSet(false, sent >= lane.size());
				key.advance(sent);
			}, "bench-client-" + i));
		}
		threads.forEach(Thread::start);
		var before = new CpuUse.Snapshot[1];
		Path stall = StallWatch.watch(completed::sum, start, end, phase, () -> before[0] = new CpuUse.Snapshot());
		CpuUse cpu = new CpuUse.Snapshot().since(before[0]);
		for (Thread thread : threads) {
			thread.join();
		}
		return new Result(appended.sum(), run.toNanos() / 1e9, errors.sum(), List.copyOf(firstErrors), ranOut.get(),
				cpu, stall);
	}

	/** Sends the lane's items until the end; returns how many the log appended. */
	private static int lane(PartyKey key, List<byte[]> lane, Sender sender, long start, long end, LongAdder appended,
			LongAdder completed, LongAdder errors, List<String> firstErrors) {
		int position = 0;
		int laneErrors = 0;
		while (System.nanoTime() < end && position < lane.size() && laneErrors < MAX_ERRORS_PER_LANE) {
			Outcome outcome;
			try {
				outcome = sender.send(lane.get(position));
			}
			catch (Exception ex) {
				outcome = Outcome.refused(ex.toString(), -1);
			}
			long now = System.nanoTime();
			completed.increment();
			if (outcome.appended()) {
				position++;
				if (now >= start && now < end) {
					appended.increment();
				}
				continue;
			}
			errors.increment();
			laneErrors++;
			if (firstErrors.size() < 5) {
				firstErrors.add(key.name() + " seq " + (key.nextSeq() + position) + ": " + outcome.error());
			}
			long expected = outcome.expectedSeq() - key.nextSeq();
			if (outcome.expectedSeq() > 0 && expected >= 0 && expected <= lane.size()) {
				position = (int) expected;
			}
			else {
				LockSupport.parkNanos(5_000_000);
			}
		}
		return position;
	}

	/** Where this process spent its CPU between two instants of {@link System#nanoTime()}. */
	static CpuUse cpuUse(long start, long end) {
		sleepUntil(start);
		var before = new CpuUse.Snapshot();
		sleepUntil(end);
		return new CpuUse.Snapshot().since(before);
	}

	static void sleepUntil(long nanoTime) {
		for (long left = nanoTime - System.nanoTime(); left > 0; left = nanoTime - System.nanoTime()) {
			LockSupport.parkNanos(left);
		}
	}

}
