package org.raqib.server.bench;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import org.raqib.server.record.LogInfo;
import org.raqib.tlog.Hashes;
import org.raqib.tlog.TlogProof;
import org.raqib.tlog.VerifierKey;
import org.raqib.tlog.Verifiers;

/**
 * Entries sent at a fixed rate whatever the answers (open loop): entry {@code g} is due at
 * {@code start + g / rate} and its latency runs from then, so a slow answer delays no measurement. Key
 * {@code k} sends entries {@code k, k + K, k + 2K…}, so one key never has two entries in flight. For every
 * {@code receiptEvery}-th entry, the receipt is fetched as soon as the promise arrives and verified.
 */
final class OpenLoop {

	record Result(Latencies promises, Latencies receipts, long errors, long receiptErrors, long notSent,
			List<String> firstErrors, double achievedRate, CpuUse cpu) {
	}

	/** How long after the last due time a lane may still send; what is left is counted as not sent. */
	static final long GRACE_NANOS = 30_000_000_000L;

	private final HttpSubmissions http;

	private final LogInfo log;

	private final Verifiers logKey;

	private final Latencies promises = new Latencies();

	private final Latencies receipts = new Latencies();

	private final LongAdder errors = new LongAdder();

	private final LongAdder receiptErrors = new LongAdder();

	private final LongAdder notSent = new LongAdder();

	private final List<String> firstErrors = Collections.synchronizedList(new ArrayList<>());

	private final List<CompletableFuture<?>> pendingReceipts = Collections.synchronizedList(new ArrayList<>());

	OpenLoop(HttpSubmissions http, LogInfo log) {
		this.http = http;
		this.log = log;
		this.logKey = Verifiers.of(VerifierKey.parse(log.vkey()).verifier());
	}

	Result run(List<PartyKey> keys, byte[] payload, int rate, Duration warmup, Duration run, int receiptEvery)
			throws Exception {
		long slots = (long) Math.ceil(rate * (warmup.toNanos() + run.toNanos()) / 1e9);
		int perKey = (int) (slots / keys.size() + 1);
		var leaves = new ArrayList<List<byte[]>>();
		keys.parallelStream().map(key -> key.presign(perKey, payload)).forEachOrdered(leaves::add);
		long period = 1_000_000_000L / rate;
		long first = System.nanoTime() + 500_000_000L;
		long start = first + warmup.toNanos();
		long end = start + run.toNanos();
		var threads = new ArrayList<Thread>();
		for (int k = 0; k < keys.size(); k++) {
			var lane = new Lane(keys.get(k), leaves.get(k), HttpSubmissions.bodies(leaves.get(k), payload), k, keys.size());
			threads.add(new Thread(() -> lane.send(first, period, start, end, receiptEvery), "bench-rate-" + k));
		}
		threads.forEach(Thread::start);
		CpuUse cpu = ClosedLoop.cpuUse(start, end);
		for (Thread thread : threads) {
			thread.join();
		}
		CompletableFuture.allOf(this.pendingReceipts.toArray(CompletableFuture[]::new))
			.orTimeout(30, TimeUnit.SECONDS)
			.exceptionally(ex -> null)
			.join();
		return new Result(this.promises, this.receipts, this.errors.sum(), this.receiptErrors.sum(), this.notSent.sum(),
				List.copyOf(this.firstErrors), this.promises.count() / (run.toNanos() / 1e9), cpu);
	}

	private final class Lane {

		private final PartyKey key;

		private final List<byte[]> leaves;

		private final List<byte[]> bodies;

		private final int k;

		private final int keys;

		Lane(PartyKey key, List<byte[]> leaves, List<byte[]> bodies, int k, int keys) {
			this.key = key;
			this.leaves = leaves;
			this.bodies = bodies;
			this.k = k;
			this.keys = keys;
		}

		void send(long first, long period, long start, long end, int receiptEvery) {
			int position = 0;
			for (long g = this.k; position < this.bodies.size(); g += this.keys) {
				long due = first + g * period;
				if (due >= end) {
					break;
				}
				if (System.nanoTime() > end + GRACE_NANOS) {
					OpenLoop.this.notSent.increment();
					continue;
				}
				ClosedLoop.sleepUntil(due);
				position = sendOne(position, due >= start, due, g % receiptEvery == 0);
			}
			this.key.advance(position);
		}

		private int sendOne(int position, boolean measured, long due, boolean receipt) {
			try {
				HttpSubmissions.Answer answer = OpenLoop.this.http.submit(this.bodies.get(position), receipt && measured);
				long promised = System.nanoTime();
				if (answer.status() == 201) {
					if (measured) {
						OpenLoop.this.promises.add(promised - due);
						if (receipt) {
							fetchReceipt(answer.index(), Hashes.leafHash(this.leaves.get(position)), promised);
						}
					}
					return position + 1;
				}
				error(answer.status() + " " + answer.body());
				long expected = HttpSubmissions.expectedSeq(answer) - this.key.nextSeq();
				return expected >= 0 && expected <= this.bodies.size() ? (int) expected : position;
			}
			catch (Exception ex) {
				error(ex.toString());
				return position;
			}
		}

	}

	private void fetchReceipt(long index, byte[] leafHash, long promised) {
		var request = HttpRequest.newBuilder(this.http.receipt(this.log.id(), index)).timeout(Duration.ofSeconds(30))
			.GET().build();
		this.pendingReceipts.add(this.http.client().sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
			.whenComplete((response, failure) -> {
				try {
					if (failure != null || response.statusCode() != 200) {
						throw new IllegalStateException(failure != null ? failure.toString()
								: response.statusCode() + " " + new String(response.body()));
					}
					TlogProof.parse(response.body()).verify(this.log.origin(), this.logKey, leafHash);
					this.receipts.add(System.nanoTime() - promised);
				}
				catch (RuntimeException ex) {
					this.receiptErrors.increment();
					if (this.firstErrors.size() < 5) {
						this.firstErrors.add("receipt " + index + ": " + ex.getMessage());
					}
				}
			}));
	}

	private void error(String error) {
		this.errors.increment();
		if (this.firstErrors.size() < 5) {
			this.firstErrors.add(error);
		}
	}

}
