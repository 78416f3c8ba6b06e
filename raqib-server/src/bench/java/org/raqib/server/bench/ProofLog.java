package org.raqib.server.bench;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

import org.raqib.server.access.RaqibUser;
import org.raqib.server.record.Appending;
import org.raqib.server.record.LogReader;
import org.raqib.server.system.Rejected;

/**
 * A large log for the proofs: party-signed statements appended in-process through the sequencer, then
 * inclusion and consistency proofs between random sizes, timed one at a time after a warm-up.
 */
final class ProofLog {

	record Built(long size, double seconds, long errors) {

		double perSecond(long appended) {
			return appended / this.seconds;
		}

	}

	record Proofs(Latencies inclusion, Latencies consistency, Latencies inclusionAtSize, Latencies httpInclusion) {
	}

	private final Appending appending;

	private final LogReader reader;

	private final String log;

	private final AtomicLong errorsShown = new AtomicLong();

	ProofLog(Appending appending, LogReader reader, String log) {
		this.appending = appending;
		this.reader = reader;
		this.log = log;
	}

	long size() {
		return this.reader.summary(this.log).size();
	}

	/** Appends entries until the log has {@code target}, one thread per key. */
	Built build(List<PartyKey> keys, RaqibUser user, byte[] payload, long target) throws InterruptedException {
		var remaining = new AtomicLong(target - size());
		var errors = new LongAdder();
		long start = System.nanoTime();
		var threads = new ArrayList<Thread>();
		for (PartyKey key : keys) {
			threads.add(new Thread(() -> {
				while (remaining.getAndDecrement() > 0) {
					if (!appendOne(key, user, payload)) {
						errors.increment();
						remaining.incrementAndGet();
					}
				}
			}, "bench-build-" + key.name()));
		}
		threads.forEach(Thread::start);
		long initial = size();
		long next = System.nanoTime();
		while (threads.stream().anyMatch(Thread::isAlive)) {
			next += 15_000_000_000L;
			for (Thread thread : threads) {
				thread.join(Math.max(1, (next - System.nanoTime()) / 1_000_000));
			}
			long size = size();
			System.out.printf("  proof log: %,d entries, %,.0f/s%n", size,
					(size - initial) / ((System.nanoTime() - start) / 1e9));
		}
		return new Built(size(), (System.nanoTime() - start) / 1e9, errors.sum());
	}

	private boolean appendOne(PartyKey key, RaqibUser user, byte[] payload) {
		try {
			this.appending.submitSigned(this.log, key.signNext(payload), payload, user);
			key.advance(1);
			return true;
		}
		catch (Rejected ex) {
			Object expected = ex.properties().get("expectedSeq");
			if (expected instanceof Number number) {
				key.advance(number.longValue() - key.nextSeq());
			}
			if (this.errorsShown.getAndIncrement() < 5) {
				System.out.println("  proof log: " + ex.rule() + " " + ex.getMessage());
			}
			return false;
		}
	}

	/** Times {@code samples} proofs of each kind in-process (a quarter as many over HTTP), after a warm-up. */
	Proofs measure(HttpSubmissions http, int samples) throws Exception {
		long size = size();
		var random = new Random(20260302);
		time(samples / 5, new Latencies(), () -> inclusion(random, size));
		time(samples / 5, new Latencies(), () -> consistency(random, size));
		var proofs = new Proofs(new Latencies(), new Latencies(), new Latencies(), new Latencies());
		time(samples, proofs.inclusion(), () -> inclusion(random, size));
		time(samples, proofs.consistency(), () -> consistency(random, size));
		time(samples, proofs.inclusionAtSize(),
				() -> this.reader.inclusion(this.log, random.nextLong(size), size).hashes().size());
		for (int i = 0; i < samples / 4; i++) {
			long newSize = 1 + random.nextLong(size);
			var request = HttpRequest.newBuilder(http.inclusion(this.log, random.nextLong(newSize), newSize)).GET().build();
			long begin = System.nanoTime();
			HttpResponse<String> response = http.client().send(request, HttpResponse.BodyHandlers.ofString());
			proofs.httpInclusion().add(System.nanoTime() - begin);
			if (response.statusCode() != 200) {
				throw new IllegalStateException("inclusion proof over HTTP: " + response.statusCode() + " " + response.body());
			}
		}
		return proofs;
	}

	private long inclusion(Random random, long size) {
		long newSize = 1 + random.nextLong(size);
		return this.reader.inclusion(this.log, random.nextLong(newSize), newSize).hashes().size();
	}

	private long consistency(Random random, long size) {
		long newSize = 1 + random.nextLong(size);
		return this.reader.consistency(this.log, 1 + random.nextLong(newSize), newSize).hashes().size();
	}

	private static void time(int samples, Latencies latencies, LongSupplier proof) {
		for (int i = 0; i < samples; i++) {
			long begin = System.nanoTime();
			proof.getAsLong();
			latencies.add(System.nanoTime() - begin);
		}
	}

}
