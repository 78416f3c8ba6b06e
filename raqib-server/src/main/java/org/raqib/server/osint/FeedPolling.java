package org.raqib.server.osint;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.raqib.server.system.RaqibProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Reads every feed and folder source every {@code raqib.osint.poll-minutes} minutes. Off unless configured
 * (0, the default: tests and the demo poll nothing), and never while a command runs.
 */
@Component
class FeedPolling implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(FeedPolling.class);

	private final NewsSources sources;

	private final long minutes;

	private final boolean command;

	private @Nullable ScheduledExecutorService scheduler;

	FeedPolling(NewsSources sources, RaqibProperties properties, @Value("${raqib.osint.poll-minutes:0}") long minutes) {
		this.sources = sources;
		this.minutes = minutes;
		this.command = properties.command();
	}

	@Override
	public synchronized void start() {
		if (this.minutes <= 0 || this.command) {
			return;
		}
		this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
			var thread = new Thread(r, "news-polling");
			thread.setDaemon(true);
			return thread;
		});
		this.scheduler.scheduleWithFixedDelay(this::poll, this.minutes, this.minutes, TimeUnit.MINUTES);
	}

	private void poll() {
		try {
			this.sources.pollAll();
		}
		catch (RuntimeException ex) {
			log.warn("News polling failed; it runs again in {} minutes", this.minutes, ex);
		}
	}

	@Override
	public synchronized void stop() {
		if (this.scheduler != null) {
			this.scheduler.shutdownNow();
			this.scheduler = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return this.scheduler != null;
	}

}
