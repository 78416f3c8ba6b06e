package org.raqib.server.bench;

import java.util.HashMap;
import java.util.Random;

/** What this machine does in a plain loop, printed beside the engine's figures: measured in the same run. */
final class ComplianceLimits {

	private static volatile long sink;

	private ComplianceLimits() {
	}

	/** Nanoseconds per element of summing a million longs from an array: the floor of any scan. */
	static double sumNanosPerLong() {
		long[] values = new Random(1).longs(1_000_000).toArray();
		double best = Double.MAX_VALUE;
		for (int run = 0; run < 50; run++) {
			long start = System.nanoTime();
			long sum = 0;
			for (long value : values) {
				sum += value;
			}
			best = Math.min(best, (System.nanoTime() - start) / (double) values.length);
			sink += sum;
		}
		return best;
	}

	/** Nanoseconds per {@code merge} into a HashMap of 10,000 boxed keys: the cost of the simplest keyed count. */
	static double hashMapNanosPerUpdate() {
		long[] keys = new Random(2).longs(1_000_000, 0, 10_000).toArray();
		double best = Double.MAX_VALUE;
		for (int run = 0; run < 10; run++) {
			var counts = new HashMap<Long, Long>();
			long start = System.nanoTime();
			for (long key : keys) {
				counts.merge(key, 1L, Long::sum);
			}
			best = Math.min(best, (System.nanoTime() - start) / (double) keys.length);
			sink += counts.size();
		}
		return best;
	}

}
