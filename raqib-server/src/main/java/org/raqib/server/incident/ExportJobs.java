package org.raqib.server.incident;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import org.raqib.server.access.RaqibUser;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Large exports, written in the background one at a time, with their progress; each is for the user who asked
 * (the file holds what that user may read) and is kept in memory until twenty newer ones replace it.
 */
@Component
class ExportJobs implements DisposableBean {

	private static final int KEPT = 20;

	/** One export: how far it is, and the file once it is written. */
	static final class Job {

		final long number;

		final String owner;

		final String log;

		final ExportFormat format;

		final int total;

		final AtomicInteger done = new AtomicInteger();

		volatile byte @Nullable [] file;

		volatile boolean failed;

		Job(long number, String owner, String log, ExportFormat format, int total) {
			this.number = number;
			this.owner = owner;
			this.log = log;
			this.format = format;
			this.total = total;
		}

		public long number() {
			return this.number;
		}

		public int total() {
			return this.total;
		}

		public int done() {
			return this.done.get();
		}

		public boolean failed() {
			return this.failed;
		}

		public int percent() {
			return this.total == 0 ? 100 : (int) (100L * this.done.get() / this.total);
		}

		public boolean ready() {
			return this.file != null;
		}

	}

	private final IncidentExport export;

	private final Map<Long, Job> jobs = new ConcurrentHashMap<>();

	private final AtomicLong numbers = new AtomicLong();

	private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
		Thread thread = new Thread(r, "incident-export");
		thread.setDaemon(true);
		return thread;
	});

	ExportJobs(IncidentExport export) {
		this.export = export;
	}

	Job start(RaqibUser user, String log, List<Incident> incidents, ExportFormat format) {
		var job = new Job(this.numbers.incrementAndGet(), user.getUsername(), log, format, incidents.size());
		this.jobs.put(job.number, job);
		this.jobs.keySet().removeIf(n -> n <= job.number - KEPT);
		this.worker.submit(() -> {
			try {
				job.file = this.export.write(user, log, incidents, format, job.done::set);
			}
			catch (RuntimeException ex) {
				job.failed = true;
			}
		});
		return job;
	}

	Optional<Job> find(RaqibUser user, String log, long number) {
		return Optional.ofNullable(this.jobs.get(number))
			.filter(j -> j.owner.equals(user.getUsername()) && j.log.equals(log));
	}

	@Override
	public void destroy() {
		this.worker.shutdownNow();
	}

}
