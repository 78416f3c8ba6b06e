package org.raqib.server.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.atomic.LongAdder;

import org.raqib.tlog.Hashes;
import org.raqib.tlog.Note;
import org.raqib.tlog.NoteVerifier;
import org.raqib.tlog.SignedEntry;
import org.raqib.tlog.SignerKey;
import org.raqib.tlog.VerifierKey;

/** What this machine can do at most, measured in the same run as the figures it is printed beside. */
final class MachineLimits {

	private MachineLimits() {
	}

	/** Strict Ed25519 verifications per second of an entry's honest signature, on {@code threads} threads. */
	static double strictVerifyRate(SignerKey key, byte[] leaf, int threads, Duration run) throws InterruptedException {
		Note note = SignedEntry.parse(leaf).note();
		byte[] message = note.text().getBytes(StandardCharsets.UTF_8);
		byte[] signature = key.signer().sign(message);
		NoteVerifier verifier = VerifierKey.parse(key.verifierKey().encode()).verifier();
		return Timed.perSecond(threads, run, () -> {
			if (!verifier.verify(message, signature)) {
				throw new IllegalStateException("an honest signature failed to verify");
			}
		});
	}

	/** Ed25519 signatures per second on one thread, as the log signs each promise. */
	static double signRate(SignerKey key, byte[] message, Duration run) throws InterruptedException {
		var signer = key.signer();
		return Timed.perSecond(1, run, () -> signer.sign(message));
	}

	/** Microseconds of one RFC 9162 node hash: the floor of a proof's work, about 20 of them at 1 M entries. */
	static double nodeHashMicros(Duration run) throws InterruptedException {
		byte[] left = Hashes.sha256(new byte[] { 1 });
		byte[] right = Hashes.sha256(new byte[] { 2 });
		return 1e6 / Timed.perSecond(1, run, () -> Hashes.nodeHash(left, right));
	}

	/** Runs an action on threads for a while, after as long a warm-up, and counts. */
	static final class Timed {

		interface Action {

			void run() throws Exception;

		}

		static double perSecond(int threads, Duration run, Action action) throws InterruptedException {
			count(threads, run, action);
			return count(threads, run, action) / (run.toNanos() / 1e9);
		}

		private static long count(int threads, Duration run, Action action) throws InterruptedException {
			var done = new LongAdder();
			long end = System.nanoTime() + run.toNanos();
			var workers = new ArrayList<Thread>();
			for (int t = 0; t < threads; t++) {
				workers.add(new Thread(() -> {
					try {
						while (System.nanoTime() < end) {
							for (int i = 0; i < 16; i++) {
								action.run();
							}
							done.add(16);
						}
					}
					catch (Exception ex) {
						throw new IllegalStateException(ex);
					}
				}, "bench-limit-" + t));
			}
			workers.forEach(Thread::start);
			for (Thread worker : workers) {
				worker.join();
			}
			return done.sum();
		}

	}

}
