package org.raqib.server.bench;

import java.util.Arrays;

/** Durations recorded by many threads, and their percentiles. */
public final class Latencies {

	private long[] nanos = new long[1024];

	private int count;

	public synchronized void add(long durationNanos) {
		if (this.count == this.nanos.length) {
			this.nanos = Arrays.copyOf(this.nanos, this.count * 2);
		}
		this.nanos[this.count++] = durationNanos;
	}

	public synchronized int count() {
		return this.count;
	}

	/** The duration that {@code percent} per cent of the recorded ones do not exceed, in milliseconds. */
	public synchronized double millis(double percent) {
		if (this.count == 0) {
			return Double.NaN;
		}
		long[] sorted = Arrays.copyOf(this.nanos, this.count);
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(percent / 100 * this.count) - 1;
		return sorted[Math.max(0, Math.min(rank, this.count - 1))] / 1e6;
	}

	public String summary(double... percents) {
		var text = new StringBuilder();
		for (double percent : percents) {
			text.append(text.length() == 0 ? "" : " / ").append(Report.millis(millis(percent)));
		}
		return text.append(" ms").toString();
	}

}
